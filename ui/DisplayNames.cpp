#include "DisplayNames.h"

#include <QStringList>

namespace flywheel {

QString displayName(const QString& identifier)
{
    QString name = identifier;
    // Money shows as a decimal amount and markup as its text, so the storage form is noise in a
    // heading.
    for (const QStringView suffix : { u"_minor", u"_html" }) {
        if (name.endsWith(suffix) && name.size() > suffix.size())
            name.chop(suffix.size());
    }

    static const QStringList acronyms { QStringLiteral("id"), QStringLiteral("sku"), QStringLiteral("seo"),
        QStringLiteral("html"), QStringLiteral("url"), QStringLiteral("utm") };
    QStringList words = name.split(u'_', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString& word = words[i];
        if (acronyms.contains(word.toLower()))
            word = word.toUpper();
        else if (i == 0)
            word[0] = word[0].toUpper();
    }
    return words.isEmpty() ? identifier : words.join(u' ');
}

} // namespace flywheel
