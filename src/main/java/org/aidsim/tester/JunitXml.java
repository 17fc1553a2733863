package org.aidsim.tester;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A test run in the Surefire/JUnit XML form CI servers read: one testsuite, one testcase per scenario file
 * (classname the file, name the scenario), failure elements with what was expected and what came out.
 */
public final class JunitXml {
    /** What every report this class writes contains; a file without it is not one. */
    public static final String MARK = "<testsuite";

    private JunitXml() {
    }

    /** The whole report as text, UTF-8 declared. */
    public static String render(List<ScenarioRunner.Verdict> verdicts) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "aidsim");
            xml.writeAttribute("tests", String.valueOf(verdicts.size()));
            xml.writeAttribute("failures", String.valueOf(count(verdicts, ScenarioRunner.Failed.class)));
            xml.writeAttribute("errors", String.valueOf(count(verdicts, ScenarioRunner.Invalid.class)
                    + count(verdicts, ScenarioRunner.Errored.class)));
            xml.writeAttribute("skipped", String.valueOf(count(verdicts, ScenarioRunner.Skipped.class)
                    + count(verdicts, ScenarioRunner.Unread.class)));
            xml.writeCharacters("\n");
            for (ScenarioRunner.Verdict v : verdicts) {
                testcase(xml, v);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JUnit report could not be written", e);
        }
        return text.toString();
    }

    private static void testcase(XMLStreamWriter xml, ScenarioRunner.Verdict v) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", xmlText(v.file().toString()));
        xml.writeAttribute("name", xmlText(v.name()));
        if (v instanceof ScenarioRunner.Failed f) {
            String lines = f.mismatches().stream().map(Object::toString).collect(Collectors.joining("\n"));
            child(xml, "failure", f.mismatches().size() + " expectation(s) not met", lines);
        } else if (v instanceof ScenarioRunner.Invalid i) {
            String lines = i.problems().stream().map(Object::toString).collect(Collectors.joining("\n"));
            child(xml, "error", "the scenario file cannot be used", lines);
        } else if (v instanceof ScenarioRunner.Errored e) {
            child(xml, "error", "the run failed", e.message());
        } else if (v instanceof ScenarioRunner.Skipped) {
            xml.writeEmptyElement("skipped");
        } else if (v instanceof ScenarioRunner.Unread u) {
            xml.writeStartElement("skipped");
            xml.writeAttribute("message", xmlText("not read: " + u.problems().get(0).message()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void child(XMLStreamWriter xml, String element, String message, String body) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("message", xmlText(message));
        xml.writeCharacters(xmlText(body));
        xml.writeEndElement();
    }

    /**
     * The text with every character XML 1.0 cannot hold (most C0 controls, unpaired surrogates, U+FFFE, U+FFFF),
     * not even as a character reference, written visibly as {@code \\uXXXX}, so the report still parses.
     */
    static String xmlText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (allowed) {
                out.appendCodePoint(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
            }
        });
        return out.toString();
    }

    private static long count(List<ScenarioRunner.Verdict> verdicts, Class<?> type) {
        return verdicts.stream().filter(type::isInstance).count();
    }
}
