package org.aidsim.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiPredicate;

/**
 * Tests profiles on several {@link IncrementalEvaluator}s at once and answers as testing them one after another, in
 * order, on one evaluator would: the caller's evaluator works on the caller's thread, and each other worker on a
 * twin of it (made from its {@link IncrementalEvaluator#recipe()}), built on that worker's own thread the first time
 * it is needed, so that the caller starts at once and a short search never waits for a twin (or, made with
 * {@link #open}, alongside the caller's own evaluator). Items are handed out in order, one at a time;
 * since a test leaves its evaluator at the declared positions, which evaluator tests an item does not change its
 * answer, and the answer (which item first passes, how many were tested, which failure is thrown) is the same for
 * any number of workers. One user at a time; close it to release the twins' sessions.
 *
 * <p>A worker may test an item that testing in order would never reach (one after the first that passes). Should that
 * test fail (a profile that does not settle within the firing budget), its failure is not the answer, but its
 * evaluator may have stopped mid-way through the profile: it is replaced by a fresh twin, and when it is the caller's,
 * {@link #primary()} is the twin from then on.
 */
final class ProfileWorkers implements AutoCloseable {
    /** What twins are made from: the caller's evaluator's inputs, which never change. */
    private final IncrementalEvaluator.Recipe recipe;
    /** The caller's evaluator, as given or as made here from the recipe (then closed here too). */
    private final IncrementalEvaluator origin;
    private final boolean ownsOrigin;
    private IncrementalEvaluator primary;
    /** One single-thread executor per twin, so a twin is only ever used by its own thread. */
    private final List<ExecutorService> threads = new ArrayList<>();
    private final IncrementalEvaluator[] twins;

    /** @param workers evaluators working at once, the caller's included: 1 tests everything on the caller's thread */
    ProfileWorkers(IncrementalEvaluator first, int workers) {
        this(first.recipe(), first, workers);
    }

    /**
     * Makes the caller's evaluator from {@code recipe} on the caller's thread while each other worker makes its twin
     * on its own, so that a search finds them ready rather than waiting for a twin's first session and firing, as
     * twins made from a finished evaluator would (about 60 ms, cold; issue 13, round 10); closed with the workers.
     *
     * @throws RunException as the evaluator's constructor does (any twin made meanwhile is closed)
     */
    static ProfileWorkers open(IncrementalEvaluator.Recipe recipe, int workers) {
        return new ProfileWorkers(recipe, null, workers);
    }

    private ProfileWorkers(IncrementalEvaluator.Recipe recipe, IncrementalEvaluator first, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        this.recipe = recipe;
        this.twins = new IncrementalEvaluator[workers - 1];
        for (int i = 0; i < twins.length; i++) {
            threads.add(Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "aidsim-pivots");
                t.setDaemon(true);
                return t;
            }));
        }
        this.ownsOrigin = first == null;
        if (first == null) {
            for (int i = 0; i < twins.length; i++) {
                int worker = i;
                threads.get(i).execute(() -> {
                    try {
                        twin(worker);
                    } catch (RuntimeException | Error e) {
                        // The search's first use tries again; failing then, it leaves the items to the others.
                    }
                });
            }
            try {
                first = recipe.open();
            } catch (RuntimeException | Error e) {
                closeTwins();
                throw e;
            }
        }
        this.origin = first;
        this.primary = first;
    }

    /**
     * The evaluator for the caller's own use between searches: the one it gave, unless a test on it failed and was
     * not the answer (see above); at the declared positions after each search.
     */
    IncrementalEvaluator primary() {
        return primary;
    }

    /**
     * The first passing item, testing at most {@code limit} items of {@code items} in order.
     *
     * @param index  the first item's place among those tested, from 0; -1 when none of them passes
     * @param tested how many testing them one after another would have tested: up to the passing one, else all taken
     * @param more   whether items remain untested (the limit stopped the search before they ran out)
     */
    record Found<T>(long index, T item, long tested, boolean more) {
    }

    /**
     * Tests items in order until one passes, {@code limit} are tested, or they run out. {@code test} must leave the
     * evaluator it is given at the declared positions. Throws what the first failing test (in order) throws, when no
     * earlier item passes.
     */
    <T> Found<T> first(Iterator<T> items, long limit, BiPredicate<IncrementalEvaluator, T> test) {
        Search<T> search = new Search<>(items, limit, test);
        for (int i = 0; i < twins.length; i++) {
            int worker = i;
            threads.get(i).execute(() -> {
                IncrementalEvaluator twin;
                try {
                    twin = twin(worker);
                } catch (RuntimeException | Error e) {
                    // The caller's thread tests every item by itself: the answer does not depend on the workers.
                    return;
                }
                if (!search.work(twin)) {
                    twins[worker] = null;
                    twin.close();
                }
            });
        }
        boolean intact = search.work(primary);
        Found<T> found = search.await();
        if (!intact) {
            if (primary != origin) {
                primary.close();
            }
            primary = recipe.open();
        }
        return found;
    }

    /** Tests every item, in order, and returns each answer; throws what the first failing test throws. */
    <T> boolean[] each(List<T> items, BiPredicate<IncrementalEvaluator, T> test) {
        boolean[] answers = new boolean[items.size()];
        Iterator<Integer> indices = java.util.stream.IntStream.range(0, items.size()).iterator();
        first(indices, items.size(), (evaluator, i) -> {
            answers[i] = test.test(evaluator, items.get(i));
            return false;
        });
        return answers;
    }

    private IncrementalEvaluator twin(int worker) {
        if (twins[worker] == null) {
            twins[worker] = recipe.open();
        }
        return twins[worker];
    }

    @Override
    public void close() {
        if (primary != origin) {
            primary.close();
        }
        if (ownsOrigin) {
            origin.close();
        }
        closeTwins();
    }

    /** Closes each twin on its own thread, then lets the threads end. */
    private void closeTwins() {
        for (int i = 0; i < twins.length; i++) {
            int worker = i;
            threads.get(i).execute(() -> {
                if (twins[worker] != null) {
                    twins[worker].close();
                }
            });
            threads.get(i).shutdown();
        }
    }

    /** One call of {@link #first}: the items handed out so far, the first pass and the first failure among them. */
    private static final class Search<T> {
        private final Iterator<T> items;
        private final long limit;
        private final BiPredicate<IncrementalEvaluator, T> test;
        private long taken;
        private long passedAt = Long.MAX_VALUE;
        private T passed;
        private long failedAt = Long.MAX_VALUE;
        private RuntimeException failure;
        private Error error;
        /** Items handed out and not yet answered. */
        private int testing;

        Search(Iterator<T> items, long limit, BiPredicate<IncrementalEvaluator, T> test) {
            this.items = items;
            this.limit = limit;
            this.test = test;
        }

        /**
         * Takes items until none is left to take. Once an item passes or fails, later ones are not handed out; every
         * earlier one was handed out before it, so the first pass and the first failure are those of the order.
         * Returns false when a test on {@code evaluator} failed: it may have stopped mid-way through a profile.
         */
        boolean work(IncrementalEvaluator evaluator) {
            while (true) {
                long index;
                T item;
                synchronized (this) {
                    if (passedAt != Long.MAX_VALUE || failedAt != Long.MAX_VALUE || taken >= limit || !items.hasNext()) {
                        return true;
                    }
                    index = taken++;
                    item = items.next();
                    testing++;
                }
                boolean passes = false;
                RuntimeException thrown = null;
                Error erred = null;
                try {
                    passes = test.test(evaluator, item);
                } catch (RuntimeException e) {
                    thrown = e;
                } catch (Error e) {
                    erred = e;
                }
                synchronized (this) {
                    testing--;
                    if (thrown != null || erred != null) {
                        if (index < failedAt) {
                            failedAt = index;
                            failure = thrown;
                            error = erred;
                        }
                    } else if (passes && index < passedAt) {
                        passedAt = index;
                        passed = item;
                    }
                    notifyAll();
                    if (thrown != null || erred != null) {
                        return false;
                    }
                }
            }
        }

        /** Waits for the items handed out to be answered, then answers as testing them in order would. */
        synchronized Found<T> await() {
            boolean interrupted = false;
            while (testing > 0) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (failedAt < passedAt) {
                if (error != null) {
                    throw error;
                }
                throw failure;
            }
            if (passedAt != Long.MAX_VALUE) {
                return new Found<>(passedAt, passed, passedAt + 1, true);
            }
            return new Found<>(-1, null, taken, taken >= limit && items.hasNext());
        }
    }
}
