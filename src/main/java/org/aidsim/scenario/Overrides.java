package org.aidsim.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What-if changes applied to a scenario's tree before it is bound and validated: overlay files ({@code --with},
 * partial scenarios deep-merged in order, packages matched by id) and then single values ({@code --set KEY=VALUE}).
 * Because the changed tree goes through the same strict binding and validation as a file, a bad value gets the
 * same message a file would, attributed to the overlay's line or to the {@code --set} that supplied it.
 */
public final class Overrides {
    public static final Overrides NONE = new Overrides(List.of(), List.of());

    private final List<DocumentReader.Tree> overlays;
    private final List<Setting> settings;

    private Overrides(List<DocumentReader.Tree> overlays, List<Setting> settings) {
        this.overlays = List.copyOf(overlays);
        this.settings = List.copyOf(settings);
    }

    /** Reads the overlay files and checks the form of each {@code KEY=VALUE}; every problem is reported at once. */
    public static Overrides of(List<String> sets, List<Path> overlayFiles) {
        List<Problem> problems = new ArrayList<>();
        List<DocumentReader.Tree> overlays = new ArrayList<>();
        for (Path file : overlayFiles) {
            try {
                DocumentReader.Tree tree = DocumentReader.read(file);
                if (tree.root().isObject()) {
                    overlays.add(tree);
                } else {
                    problems.add(tree.problem(FieldPath.ROOT, "an overlay is a partial scenario: a mapping of fields "
                            + "such as conditions and packages (each package with the id it changes)"));
                }
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        List<Setting> settings = new ArrayList<>();
        for (String written : sets) {
            Setting.parse(written).ifPresentOrElse(settings::add, () -> problems.add(Setting.malformed(written)));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Overrides(overlays, settings);
    }

    public boolean isEmpty() {
        return overlays.isEmpty() && settings.isEmpty();
    }

    /** The base tree with every overlay and then every setting applied; throws {@link InputException} when one does not fit. */
    public DocumentReader.Tree apply(DocumentReader.Tree base) {
        if (isEmpty() || !base.root().isObject()) {
            return base;
        }
        ObjectNode root = base.root().deepCopy();
        Attribution attribution = new Attribution(base);
        List<Problem> problems = new ArrayList<>();
        for (DocumentReader.Tree overlay : overlays) {
            new OverlayMerge(overlay, attribution, problems).merge(root);
        }
        for (Setting setting : settings) {
            setting.apply(root, attribution, problems);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        List<String> applied = new ArrayList<>();
        overlays.forEach(o -> applied.add("--with " + o.file()));
        settings.forEach(s -> applied.add(s.label()));
        return new DocumentReader.Tree(base.file(), root, attribution.index().afterApplying(String.join(" ", applied)));
    }

    /** The base file's location index, gathering where each changed part of the tree came from. */
    static final class Attribution {
        private final DocumentReader.Tree base;
        private LocationIndex index;

        Attribution(DocumentReader.Tree base) {
            this.base = base;
            this.index = base.index();
        }

        String baseFile() {
            return base.file();
        }

        void from(FieldPath at, String file, LocationIndex source, FieldPath sourcePath) {
            index = index.withOrigin(new LocationIndex.Origin(at, file, source, sourcePath));
        }

        LocationIndex index() {
            return index;
        }
    }
}
