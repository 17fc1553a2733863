package org.aidsim.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.aidsim.model.Institutions;

/**
 * One self-contained HTML page (inline CSS and SVG; no script, no network) showing run and sweep results: per
 * scenario, each package's vote as the Council's voting calculator shows it, the disbursement timeline, pool
 * balances and coalitions over time; per sweep, the pass share of each package with its interval.
 *
 * <p>It reads the JSON documents {@code aidsim run --format json} and {@code aidsim sweep --format json} write (the
 * stable contract the golden tests guard), not the engine's objects; {@code institutions} gives the population
 * weights and thresholds a qualified-majority chart draws its lines from. The same documents give the same bytes.
 */
public final class HtmlReport {
    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:24px auto;max-width:1000px;color:#222;padding:0 16px}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 4px;border-top:2px solid #333;padding-top:12px}
            h3{font-size:15px;margin:18px 0 6px}h4{font-size:14px;margin:14px 0 4px}
            .meta,.notes,.weights,.lines{color:#555;font-size:13px;margin:2px 0}
            .package{border:1px solid #ccc;border-radius:6px;padding:8px 12px;margin:10px 0;background:#fcfcfc}
            .outcome{display:inline-block;padding:1px 8px;border-radius:10px;color:#fff;font-weight:600;font-size:12px;background:#757575}
            .outcome.adopted{background:#2e7d32}.outcome.blocked,.outcome.failed{background:#c62828}
            svg{display:block;max-width:100%;height:auto;font-size:12px}svg .label{font-weight:600}svg .value{fill:#333}
            svg .tick,svg .date{fill:#555;font-size:11px}
            .members{display:flex;flex-wrap:wrap;gap:3px;margin:6px 0}
            .member{display:inline-block;min-width:30px;text-align:center;padding:3px 2px;border-radius:3px;color:#fff;font-size:12px;font-weight:600;border:2px solid transparent}
            .member.absent,.member.opt-out{color:#333;border-color:#bbb}.member.blocker{border-color:#000;outline:2px solid #c62828}
            .legend{font-size:12px;color:#444}.swatch{display:inline-block;width:12px;height:12px;margin:0 4px 0 10px;vertical-align:-2px;border:1px solid #999}
            ul.reasons{margin:4px 0 0 18px;padding:0;font-size:13px}
            """;

    private HtmlReport() {
    }

    /**
     * The page for {@code runs} (objects of {@code aidsim run --format json}) and {@code sweeps} (objects of
     * {@code aidsim sweep --format json}), in the order given.
     */
    public static String render(List<JsonNode> runs, List<JsonNode> sweeps, Institutions institutions) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>aidsim report</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>aidsim report</h1>\n<p class=\"meta\">").append(runs.size()).append(runs.size() == 1 ? " scenario" : " scenarios");
        if (!sweeps.isEmpty()) {
            html.append(", ").append(sweeps.size()).append(sweeps.size() == 1 ? " sweep" : " sweeps");
        }
        html.append(". Votes are drawn as the Council's voting calculator draws them; hover a mark for its reasons.</p>\n");
        html.append(legend());
        for (JsonNode run : runs) {
            html.append(scenario(run, institutions));
        }
        for (JsonNode sweep : sweeps) {
            html.append("<section class=\"sweep\">\n<h2>Sweep: ").append(Svg.escape(sweep.path("scenario").asText())).append("</h2>\n")
                    .append("<p class=\"meta\">").append(Svg.escape(sweep.path("file").asText())).append(" &middot; ")
                    .append(Svg.escape(sweep.path("mode").asText())).append(", ").append(Svg.escape(sweep.path("profiles").asText()))
                    .append(" profiles</p>\n").append(SweepChart.of(sweep)).append("</section>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static String legend() {
        StringBuilder out = new StringBuilder("<p class=\"legend\">Votes:");
        for (String position : VoteChart.ORDER) {
            out.append("<span class=\"swatch\" style=\"background:").append(VoteChart.colour(position)).append("\"></span>").append(position);
        }
        return out.append("; a blocker is outlined in red.</p>\n").toString();
    }

    private static String scenario(JsonNode run, Institutions institutions) {
        LocalDate date = LocalDate.parse(run.path("date").asText());
        StringBuilder out = new StringBuilder("<section class=\"scenario\">\n<h2>").append(Svg.escape(run.path("scenario").asText()))
                .append("</h2>\n<p class=\"meta\">").append(Svg.escape(run.path("file").asText())).append(" &middot; decided on ")
                .append(date);
        if (run.has("asOf")) {
            out.append(" &middot; timeline to ").append(Svg.escape(run.path("asOf").asText()));
        }
        out.append("</p>\n");
        for (JsonNode note : run.path("notes")) {
            out.append("<p class=\"notes\">").append(Svg.escape(note.asText())).append("</p>\n");
        }
        out.append("<h3>Votes</h3>\n");
        for (JsonNode pkg : run.path("packages")) {
            out.append("<div class=\"package\" id=\"").append(Svg.escape(pkg.path("id").asText())).append("\">\n<h4>")
                    .append(Svg.escape(pkg.path("title").asText())).append(" <span class=\"outcome ")
                    .append(Svg.escape(pkg.path("outcome").asText())).append("\">").append(Svg.escape(pkg.path("outcome").asText()))
                    .append("</span></h4>\n<p class=\"meta\">").append(Svg.escape(pkg.path("id").asText())).append(" &middot; ")
                    .append(Svg.escape(pkg.path("forum").asText())).append(" &middot; ").append(Svg.escape(pkg.path("rule").asText()))
                    .append("</p>\n").append(VoteChart.of(pkg, institutions, date)).append("<ul class=\"reasons\">\n");
            for (JsonNode reason : pkg.path("reasons")) {
                out.append("<li>").append(Svg.escape(reason.asText())).append("</li>\n");
            }
            out.append("</ul>\n</div>\n");
        }
        Timeline timeline = new Timeline(run);
        section(out, "Disbursement timeline", TrancheChart.of(timeline));
        section(out, "Pool balances", PoolChart.of(timeline));
        section(out, "Coalitions over time", CoalitionChart.of(run, timeline));
        return out.append("</section>\n").toString();
    }

    private static void section(StringBuilder out, String title, String chart) {
        if (!chart.isEmpty()) {
            out.append("<h3>").append(title).append("</h3>\n").append(chart);
        }
    }
}
