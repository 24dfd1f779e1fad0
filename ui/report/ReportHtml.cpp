#include "report/ReportHtml.h"

#include "report/FigureText.h"
#include "report/MomentumChart.h"
#include "report/ReportStyle.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace flywheel::report {

namespace {
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(WeeklyReport)
};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString colored(const QString& text, const QColor& color)
{
    return u"<span style=\"color:%1\">%2</span>"_s.arg(color.name(), text);
}

/// "up from 16%", "down from 18.2", "no change": the direction in words reads the same for figures
/// in points, counts and money, where a signed difference would need a unit of its own.
QString changeText(double current, double previous, const QString& previousText)
{
    if (std::abs(current - previous) < 0.05)
        return ReportText::tr("no change");
    return current > previous ? ReportText::tr("up from %1").arg(previousText)
                              : ReportText::tr("down from %1").arg(previousText);
}

QString stylesheet()
{
    // Only what QTextDocument understands as well: element and class selectors, colours, font sizes,
    // margins, cell padding and borders. Margins in px: QTextDocument ignores them in pt.
    return uR"(
body { font-family: 'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif;
       font-size: 10pt; color: %1; }
p { margin-top: 0; margin-bottom: 0; }
p.kicker { font-size: 8pt; color: %2; letter-spacing: 1px; }
h1 { font-size: 20pt; font-weight: 600; margin-top: 2px; margin-bottom: 2px; }
p.meta { color: %2; margin-bottom: 10px; }
h2 { font-size: 13pt; font-weight: 600; margin-top: 26px; margin-bottom: 2px; }
p.lead { color: %2; margin-bottom: 10px; }
table.list { border-collapse: collapse; width: 100%; }
th { font-size: 8pt; font-weight: normal; color: %2; text-align: left; padding: 3px 6px;
     border-bottom: 1px solid %3; }
td { padding: 5px 6px; vertical-align: top; border-bottom: 1px solid %3; }
td.num, th.num { text-align: right; }
td.chart { padding: 0 14px 18px 0; border-bottom: none; }
p.chart { margin-top: 4px; }
.muted { color: %2; }
.small { font-size: 8.5pt; }
.figure { font-weight: 600; }
.big { font-size: 15pt; font-weight: 600; }
.tag { font-size: 8pt; color: %4; }
p.footer { font-size: 8pt; color: %2; margin-top: 24px; }
)"_s.arg(style::kText.name(), style::kMuted.name(), style::kRule.name(), style::kBetter.name());
}

QString stageTitle(const ReportData& data, const QString& name)
{
    for (const StageFigure& stage : data.stages) {
        if (stage.name == name)
            return stage.title;
    }
    return name;
}

/// Writes the sections. Table rows are numbered across the report's tables, so the PDF printer can
/// name the rows that must start a new page; see composeReportHtml().
class Composer {
public:
    Composer(const ReportData& data, const ReportOptions& options, const ImageSource& imageSource,
        const QSet<int>& tableBreaks)
        : m_data(data)
        , m_options(options)
        , m_imageSource(imageSource)
        , m_tableBreaks(tableBreaks)
    {
    }

    QString header() const;
    QString wheel();
    QString momentum();
    QString actions();
    QString outcomes();

private:
    /// A section: heading, a sentence on what it shows, and its table, closed and opened again (with
    /// its header row) before each row in m_tableBreaks.
    QString section(const QString& title, const QString& lead, const QString& tableClass = {},
        const QString& headerRow = {}, const QStringList& rows = {});
    QString momentumCell(const outcomes::MomentumSeries& series);
    QString outcomeRow(const outcomes::OutcomeRow& outcome) const;

    const ReportData& m_data;
    const ReportOptions& m_options;
    const ImageSource& m_imageSource;
    const QSet<int>& m_tableBreaks;
    int m_nextRow = 0;
};

QString Composer::section(const QString& title, const QString& lead, const QString& tableClass,
    const QString& headerRow, const QStringList& rows)
{
    QString html = u"<h2>%1</h2><p class=\"lead\">%2</p>"_s.arg(escaped(title), escaped(lead));
    if (rows.isEmpty())
        return html;
    const QString open = u"<table class=\"%1\" width=\"100%\" cellspacing=\"0\">"_s.arg(tableClass);
    html += open + (headerRow.isEmpty() ? QString() : u"<thead>%1</thead>"_s.arg(headerRow));
    for (qsizetype i = 0; i < rows.size(); ++i, ++m_nextRow) {
        // The continued table's header row is an ordinary first row: QTextDocument draws a table's
        // header row again at the foot of the page before it.
        if (i > 0 && m_tableBreaks.contains(m_nextRow))
            html += u"</table>"_s + open + headerRow;
        html += rows[i];
    }
    return html + u"</table>"_s;
}

QString Composer::header() const
{
    const QString history = m_data.lastHistoryDay.isValid()
        ? ReportText::tr("Orders up to %1").arg(m_options.locale.toString(m_data.lastHistoryDay, QLocale::LongFormat))
        : ReportText::tr("No orders imported yet");
    return u"<p class=\"kicker\">%1</p><h1>%2</h1><p class=\"meta\">%3</p>"_s.arg(
        escaped(m_options.locale.toUpper(ReportText::tr("Weekly report"))), escaped(m_data.storeName),
        escaped(ReportText::tr("%1  ·  generated %2")
                    .arg(history, m_options.locale.toString(m_options.today, QLocale::LongFormat))));
}

QString Composer::wheel()
{
    QStringList rows;
    for (const StageFigure& stage : m_data.stages) {
        QString figure;
        QString change;
        if (stage.figure) {
            figure = u"<span class=\"figure\">%1</span><br><span class=\"muted small\">%2</span>"_s.arg(
                escaped(FigureText::figure(*stage.figure, stage.figureLabel, m_options.locale)),
                escaped(FigureText::caption(stage.figureLabel)));
            change = stage.previousFigure ? changeText(*stage.figure, *stage.previousFigure,
                         FigureText::figure(*stage.previousFigure, stage.figureLabel, m_options.locale))
                                          : ReportText::tr("first run");
        }
        const QString headline = stage.hasRun ? stage.headline : ReportText::tr("Not run yet.");
        rows << u"<tr><td width=\"18%\">%1&nbsp;<b>%2</b></td><td width=\"24%\" align=\"right\" class=\"num\">%3</td>"
                "<td width=\"13%\" align=\"right\" class=\"num muted\">%4</td><td>%5</td></tr>"_s.arg(
                    colored(u"●"_s, style::stageColor(stage.name)), escaped(stage.title), figure, escaped(change),
                    escaped(headline));
    }
    return section(ReportText::tr("The wheel"),
        ReportText::tr("Each stage's headline figure from its latest run, against the run before."), u"list"_s,
        u"<tr><th>%1</th><th class=\"num\" align=\"right\">%2</th><th class=\"num\" align=\"right\">%3</th>"
        "<th>%4</th></tr>"_s.arg(escaped(ReportText::tr("Stage")), escaped(ReportText::tr("Figure")),
            escaped(ReportText::tr("Change")), escaped(ReportText::tr("What it found"))),
        rows);
}

QString Composer::momentumCell(const outcomes::MomentumSeries& series)
{
    const auto format
        = [&](double value) { return outcomes::formatFigure(series.figure, value, m_data.currency, m_options.locale); };
    const outcomes::MomentumPoint& latest = series.points.back();
    QString cell = u"<p><b>%1</b></p><p><span class=\"big\">%2</span>"_s.arg(
        escaped(outcomes::figureTitle(series.figure)), escaped(format(latest.value)));
    if (series.points.size() < 2)
        return cell + u"&nbsp; <span class=\"muted\">%1</span></p>"_s.arg(escaped(ReportText::tr("one run so far")));
    const double previous = series.points[series.points.size() - 2].value;
    QColor color = style::kMuted;
    if (std::abs(latest.value - previous) >= 0.05)
        color = (latest.value < previous) == outcomes::lowerIsBetter(series.figure) ? style::kBetter : style::kWorse;
    const QImage chart = drawMomentumChart(series, m_data.currency, m_options.locale);
    return cell
        + u"&nbsp; %1</p><p class=\"chart\"><img src=\"%2\" width=\"%3\" height=\"%4\" alt=\"%5\"></p>"_s.arg(
            colored(escaped(changeText(latest.value, previous, format(previous))), color), m_imageSource(chart),
            QString::number(kChartSize.width()), QString::number(kChartSize.height()),
            escaped(outcomes::figureTitle(series.figure)));
}

QString Composer::momentum()
{
    const QString title = ReportText::tr("Momentum");
    if (m_data.momentum.isEmpty())
        return section(title,
            ReportText::tr("No figures recorded yet: the wheel records them each time it runs over new orders."));
    QStringList rows;
    constexpr int kColumns = 2;
    for (qsizetype first = 0; first < m_data.momentum.size(); first += kColumns) {
        QString row = u"<tr>"_s;
        for (qsizetype i = first; i < first + kColumns; ++i) {
            row += u"<td class=\"chart\" width=\"50%\">%1</td>"_s.arg(
                i < m_data.momentum.size() ? momentumCell(m_data.momentum[i]) : QString());
        }
        rows << row + u"</tr>"_s;
    }
    return section(title,
        ReportText::tr("The wheel's figures each time the store was analysed; the dot is the latest. Green is "
                       "better than the run before, red is worse."),
        u"charts"_s, {}, rows);
}

QString Composer::actions()
{
    const QString title = ReportText::tr("Actions waiting for you");
    if (m_data.actions.isEmpty())
        return section(title, ReportText::tr("No action is waiting for you: every suggestion has been handled."));
    QStringList rows;
    for (qsizetype i = 0; i < m_data.actions.size(); ++i) {
        const WaitingAction& action = m_data.actions[i];
        const QString accepted = action.accepted
            ? u" &nbsp;<span class=\"tag\">%1</span>"_s.arg(escaped(ReportText::tr("accepted")))
            : QString();
        const QString confidence = action.confidence
            ? ReportText::tr("%1%").arg(m_options.locale.toString(std::lround(*action.confidence * 100)))
            : u"–"_s;
        rows << u"<tr><td width=\"5%\" class=\"num muted\" align=\"right\">%1</td><td><b>%2</b>%3<br><span "
                "class=\"muted small\">%4</span><br><span class=\"small\">%5</span></td><td width=\"16%\">%6</td>"
                "<td width=\"12%\" class=\"num\" align=\"right\">%7</td></tr>"_s.arg(m_options.locale.toString(i + 1),
                    escaped(action.title), accepted, escaped(action.detail),
                    escaped(ReportText::tr("Expected: %1").arg(action.expectedEffect)),
                    escaped(stageTitle(m_data, action.stage)), escaped(confidence));
    }
    const QString lead = m_data.waitingActions > m_data.actions.size()
        ? ReportText::tr("The %1 most important of %2 waiting actions: accepted ones first, then each stage's surest "
                         "with the most evidence. The action queue in Flywheel has them all.")
              .arg(m_options.locale.toString(m_data.actions.size()), m_options.locale.toString(m_data.waitingActions))
        : ReportText::tr("Accepted ones first, then each stage's surest with the most evidence.");
    return section(title, lead, u"list"_s,
        u"<tr><th class=\"num\" align=\"right\">#</th><th>%1</th><th>%2</th><th class=\"num\" align=\"right\">%3</th>"
        "</tr>"_s.arg(
            escaped(ReportText::tr("Action")), escaped(ReportText::tr("Stage")), escaped(ReportText::tr("Confidence"))),
        rows);
}

QString Composer::outcomeRow(const outcomes::OutcomeRow& outcome) const
{
    QString mark = colored(u"○"_s, style::kMuted);
    QString verdict = ReportText::tr("waiting");
    if (outcome.status == u"measured"_s) {
        if (!outcome.improved) {
            mark = colored(u"?"_s, style::kMuted);
            verdict = ReportText::tr("unclear");
        } else if (*outcome.improved) {
            mark = colored(u"✓"_s, style::kBetter);
            verdict = ReportText::tr("worked");
        } else {
            mark = colored(u"✗"_s, style::kWorse);
            verdict = ReportText::tr("went the wrong way");
        }
    }
    return u"<tr><td width=\"5%\" align=\"center\"><b>%1</b></td><td><b>%2</b><br><span class=\"small\">%3</span>"
           "</td><td width=\"24%\"><span class=\"small\">%4<br><span class=\"muted\">%5</span></span></td>"
           "<td width=\"13%\" class=\"num\" align=\"right\">%6</td></tr>"_s.arg(mark, escaped(outcome.title),
               escaped(outcomes::describeOutcome(outcome, m_options.locale)),
               escaped(stageTitle(m_data, outcome.stage)), escaped(outcomes::metricTitle(outcome.metric)),
               escaped(verdict));
}

QString Composer::outcomes()
{
    const QString title = ReportText::tr("Outcomes");
    if (m_data.outcomes.isEmpty())
        return section(title,
            ReportText::tr("Nothing pushed yet, so there is nothing to measure. Push accepted actions; later reports "
                           "measure what each one did."));
    // Measured ones first, then the waiting ones by the day their window closes.
    QList<outcomes::OutcomeRow> ordered = m_data.outcomes;
    std::stable_sort(ordered.begin(), ordered.end(), [](const outcomes::OutcomeRow& a, const outcomes::OutcomeRow& b) {
        const bool aMeasured = a.status == u"measured"_s;
        const bool bMeasured = b.status == u"measured"_s;
        if (aMeasured != bMeasured)
            return aMeasured;
        return !aMeasured && a.windowEnd() < b.windowEnd();
    });
    const auto measured = std::count_if(ordered.cbegin(), ordered.cend(),
        [](const outcomes::OutcomeRow& outcome) { return outcome.status == u"measured"_s; });
    QStringList rows;
    for (const outcomes::OutcomeRow& outcome : ordered)
        rows << outcomeRow(outcome);
    return section(title,
        ReportText::tr("%1 measured, %2 still in their window. Each pushed action is judged by its own figure over "
                       "the days after it against the days before, or its audience against the held-back group.")
            .arg(m_options.locale.toString(measured), m_options.locale.toString(ordered.size() - measured)),
        u"list"_s,
        u"<tr><th></th><th>%1</th><th>%2</th><th class=\"num\" align=\"right\">%3</th></tr>"_s.arg(
            escaped(ReportText::tr("Action and what it did")), escaped(ReportText::tr("Stage and figure")),
            escaped(ReportText::tr("Verdict"))),
        rows);
}
} // namespace

QString composeReportHtml(
    const ReportData& data, const ReportOptions& options, const ImageSource& imageSource, const QSet<int>& tableBreaks)
{
    Composer composer(data, options, imageSource, tableBreaks);
    const QString title = ReportText::tr("Weekly report — %1").arg(data.storeName);
    // Written in document order, which numbers the table rows (the order arguments are evaluated in is not).
    const QString header = composer.header();
    const QString wheel = composer.wheel();
    const QString momentum = composer.momentum();
    const QString actions = composer.actions();
    const QString outcomes = composer.outcomes();
    return u"<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title><style>%3</style>"
           "</head><body>%4%5%6%7%8<p class=\"footer\">%9</p></body></html>\n"_s.arg(options.locale.bcp47Name(),
               escaped(title), stylesheet(), header, wheel, momentum, actions, outcomes,
               escaped(ReportText::tr("Made by Flywheel on your own computer from the store's data.")));
}

} // namespace flywheel::report
