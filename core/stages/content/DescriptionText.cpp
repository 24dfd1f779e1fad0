#include "stages/content/DescriptionText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace flywheel::content {

namespace {
using namespace Qt::StringLiterals;

struct DescriptionTr {
    Q_DECLARE_TR_FUNCTIONS(ContentSuggestions)
};

const QString kOpen = u"[["_s;
const QString kClose = u"]]"_s;

QString hint(const QString& attribute)
{
    if (attribute == u"waterproof")
        return DescriptionTr::tr("yes, water-resistant or no");
    if (attribute == u"care")
        return DescriptionTr::tr("how to wash it, e.g. machine wash cold");
    if (attribute == u"fit")
        return DescriptionTr::tr("e.g. true to size, runs small");
    if (attribute == u"material")
        return DescriptionTr::tr("what it is made of");
    if (attribute == u"dimensions")
        return DescriptionTr::tr("e.g. 30 × 20 × 10 cm");
    if (attribute == u"weight")
        return DescriptionTr::tr("e.g. 350 g");
    if (attribute == u"colour")
        return DescriptionTr::tr("its colour");
    if (attribute == u"pattern")
        return DescriptionTr::tr("e.g. solid, striped");
    if (attribute == u"season")
        return DescriptionTr::tr("e.g. all-season, winter");
    if (attribute == u"performance")
        return DescriptionTr::tr("e.g. breathable, windproof");
    if (attribute == u"warmth")
        return DescriptionTr::tr("e.g. insulated, warm to -10 °C");
    if (attribute == u"origin")
        return DescriptionTr::tr("the country it is made in");
    if (attribute == u"warranty")
        return DescriptionTr::tr("e.g. 2-year warranty");
    if (attribute == u"compatibility")
        return DescriptionTr::tr("what it works with");
    return DescriptionTr::tr("the answer customers ask for");
}

QString asSentence(const QString& line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.back().isPunct())
        return trimmed;
    return trimmed + u'.';
}
} // namespace

QString placeholder(const QString& attribute)
{
    return kOpen + DescriptionTr::tr("fill in: %1").arg(hint(attribute)) + kClose;
}

bool hasPlaceholder(const QString& text)
{
    return text.contains(kOpen) || text.contains(kClose);
}

QString addToDescription(const QString& html, const QStringList& lines)
{
    static const QRegularExpression listEnd(u"</ul>\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch end = listEnd.match(html);
    if (end.hasMatch()) {
        // Items go where the list's own items go, on lines of their own when the list has them (a real
        // line break, or the two characters \n WooCommerce's export writes for one).
        const qsizetype close = end.capturedStart();
        const QString before = html.left(close);
        const QString lineBreak = before.endsWith(u"\r\n"_s) ? u"\r\n"_s
            : before.endsWith(u'\n')                         ? u"\n"_s
            : before.endsWith(u"\\n"_s)                      ? u"\\n"_s
                                                             : QString();
        QString items;
        for (const QString& line : lines)
            items += u"<li>"_s + line.trimmed().toHtmlEscaped() + u"</li>"_s + lineBreak;
        return before + items + html.mid(close);
    }
    QString result = html;
    for (const QString& line : lines) {
        if (!result.isEmpty())
            result += u'\n';
        result += u"<p>"_s + asSentence(line).toHtmlEscaped() + u"</p>"_s;
    }
    return result;
}

} // namespace flywheel::content
