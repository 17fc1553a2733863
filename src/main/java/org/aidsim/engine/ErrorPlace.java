package org.aidsim.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where in a DRL file an error really is. Drools reports an error inside a rule's action, or in a constraint
 * expression, against the rule's first line and wraps it in MVEL's diagnostics; when the message names the
 * unresolved method or identifier, its first use after that line is the place the user must fix.
 */
final class ErrorPlace {
    private static final Pattern MVEL_CORE = Pattern.compile("\\[Error: ([^\\]]*)\\]");
    private static final Pattern NO_METHOD = Pattern.compile("unable to resolve method(?: using strict-mode)?: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern NO_NAME = Pattern.compile("unresolvable property or identifier: ([\\w$]+)");
    private static final Pattern JAVA_NO_METHOD = Pattern.compile("The method (\\w+)\\(.*?\\) is undefined for the type (\\w+)");
    private static final Pattern JAVA_NO_NAME = Pattern.compile("([\\w$]+) cannot be resolved");

    record Place(int line, int column, String message) {
    }

    private ErrorPlace() {
    }

    /** The place and a plain message for an error reported at {@code line} (1-based), or the input unchanged. */
    static Place refine(List<String> drl, int line, String message) {
        String core = message;
        Matcher mvel = MVEL_CORE.matcher(message);
        if (mvel.find()) {
            core = mvel.group(1).trim();
        }
        String name = null;
        String plain = core;
        Matcher m;
        if ((m = NO_METHOD.matcher(core)).find()) {
            name = m.group(2);
            plain = "no method " + name + "() on " + simpleName(m.group(1));
        } else if ((m = JAVA_NO_METHOD.matcher(core)).find()) {
            name = m.group(1);
            plain = "no method " + name + "() on " + m.group(2);
        } else if ((m = NO_NAME.matcher(core)).find() || (m = JAVA_NO_NAME.matcher(core)).find()) {
            name = m.group(1);
            plain = "unknown name " + name;
        }
        if (name == null || line < 1) {
            return new Place(line, 0, message);
        }
        String rule = ruleAt(drl, line);
        String where = rule == null ? "" : " (in rule \"" + rule + "\")";
        Pattern use = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])");
        for (int i = line - 1; i < drl.size(); i++) {
            Matcher found = use.matcher(drl.get(i));
            if (found.find()) {
                return new Place(i + 1, found.start() + 1, plain + where);
            }
            if (i > line - 1 && drl.get(i).trim().equals("end")) {
                break;
            }
        }
        return new Place(line, 0, plain + where);
    }

    private static String ruleAt(List<String> drl, int line) {
        Pattern header = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
        for (int i = Math.min(line, drl.size()) - 1; i >= 0; i--) {
            Matcher m = header.matcher(drl.get(i));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String simpleName(String className) {
        int cut = Math.max(className.lastIndexOf('.'), className.lastIndexOf('$'));
        return className.substring(cut + 1);
    }
}
