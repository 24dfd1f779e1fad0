#include "queue/EvidenceText.h"

#include "DisplayNames.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace flywheel {

namespace {
struct EvidenceTr {
    Q_DECLARE_TR_FUNCTIONS(EvidenceText)
};

/// Enough ids to look rows up by; the count says how many there are in all.
constexpr int kShownIds = 12;

/// "#42": ids are row numbers, shown without digit grouping or exponents.
QString idText(const QJsonValue& id)
{
    return u'#' + (id.isDouble() ? QString::number(id.toInteger()) : id.toVariant().toString());
}

QString idList(const QJsonArray& ids)
{
    QStringList shown;
    for (qsizetype i = 0; i < ids.size() && i < kShownIds; ++i)
        shown << idText(ids.at(i));
    QString text = shown.join(QStringLiteral(", "));
    if (ids.size() > kShownIds)
        text = EvidenceTr::tr("%1 and %n more", nullptr, static_cast<int>(ids.size() - kShownIds)).arg(text);
    return text;
}

QString valueText(const QJsonValue& value)
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts << valueText(item);
        return parts.join(QStringLiteral(", "));
    }
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 6);
    if (value.isBool())
        return value.toBool() ? EvidenceTr::tr("yes") : EvidenceTr::tr("no");
    return value.toVariant().toString();
}

QString itemHtml(const QJsonObject& item)
{
    QString heading;
    QStringList handled;
    QStringList lines;
    if (item.contains(QStringLiteral("table"))) {
        heading = EvidenceTr::tr("Rows of %1").arg(displayName(item.value(QStringLiteral("table")).toString()));
        handled << QStringLiteral("table");
    } else if (item.contains(QStringLiteral("signal"))) {
        const QString signal = displayName(item.value(QStringLiteral("signal")).toString());
        // One signal row reads best as a name: "Content gaps #7".
        if (item.value(QStringLiteral("id")).isDouble()) {
            heading = EvidenceTr::tr("Signal: %1 %2").arg(signal, idText(item.value(QStringLiteral("id"))));
            handled << QStringLiteral("id");
        } else {
            heading = EvidenceTr::tr("Signal: %1").arg(signal);
        }
        handled << QStringLiteral("signal");
    }
    if (item.contains(QStringLiteral("ids"))) {
        const QJsonArray ids = item.value(QStringLiteral("ids")).toArray();
        lines << EvidenceTr::tr("%n row(s): %1", nullptr, static_cast<int>(ids.size())).arg(idList(ids));
        handled << QStringLiteral("ids");
    } else if (item.contains(QStringLiteral("id")) && !handled.contains(QStringLiteral("id"))) {
        lines << EvidenceTr::tr("row %1").arg(idText(item.value(QStringLiteral("id"))));
        handled << QStringLiteral("id");
    }
    for (auto it = item.begin(); it != item.end(); ++it) {
        if (!handled.contains(it.key()))
            lines << QStringLiteral("%1: %2").arg(displayName(it.key()), valueText(it.value()));
    }
    QString html;
    if (!heading.isEmpty())
        html += QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped());
    for (const QString& line : std::as_const(lines))
        html += (html.isEmpty() ? QString() : QStringLiteral("<br>")) + line.toHtmlEscaped();
    return html;
}
} // namespace

QString evidenceHtml(const QJsonArray& evidence)
{
    if (evidence.isEmpty())
        return EvidenceTr::tr("No evidence was recorded for this action.").toHtmlEscaped();
    QString html = QStringLiteral("<ul style=\"margin-left: 0; -qt-list-indent: 1;\">");
    for (const QJsonValue& value : evidence) {
        const QString item = value.isObject() ? itemHtml(value.toObject()) : valueText(value).toHtmlEscaped();
        html += QStringLiteral("<li style=\"margin-bottom: 4px;\">%1</li>").arg(item);
    }
    return html + QStringLiteral("</ul>");
}

} // namespace flywheel
