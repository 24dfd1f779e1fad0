#include "text/MessageCleaner.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace flywheel::text {

namespace {

/// Markup takes room, so a little more than maxChars of raw input is read; the rest of a huge
/// message is never looked at.
constexpr qsizetype kRawCharsPerKeptChar = 4;
constexpr qsizetype kRawSlack = 4096;

const QRegularExpression& htmlTagPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("<(/?(br|p|div|span|html|body|table|tr|td|blockquote|style|script|a|b|i|u|strong|em|font|"
                       "ul|ol|li|img|hr|h[1-6]|meta|head|o:p)(\\s[^>]*)?/?>|!--)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

bool isBlockTag(QStringView name)
{
    static const QStringList blocks {
        QStringLiteral("br"),
        QStringLiteral("p"),
        QStringLiteral("div"),
        QStringLiteral("tr"),
        QStringLiteral("li"),
        QStringLiteral("h1"),
        QStringLiteral("h2"),
        QStringLiteral("h3"),
        QStringLiteral("h4"),
        QStringLiteral("h5"),
        QStringLiteral("h6"),
        QStringLiteral("table"),
        QStringLiteral("hr"),
        QStringLiteral("ul"),
        QStringLiteral("ol"),
        QStringLiteral("title"),
    };
    return blocks.contains(name.toString());
}

/// Containers mail clients put the quoted earlier message in.
bool opensQuotedReply(QStringView tag)
{
    static const QRegularExpression quoted(
        QStringLiteral("gmail_quote|yahoo_quoted|divRplyFwdMsg|OLK_SRC_BODY_SECTION|moz-cite-prefix|"
                       "protonmail_quote|zmail_extra|type=\"?cite"),
        QRegularExpression::CaseInsensitiveOption);
    return quoted.match(tag).hasMatch();
}

QString htmlToText(QStringView html)
{
    QString out;
    out.reserve(html.size());
    qsizetype i = 0;
    int blockquoteDepth = 0;
    while (i < html.size()) {
        const QChar c = html[i];
        if (c != u'<') {
            if (blockquoteDepth == 0)
                out += c == u'\n' || c == u'\r' ? QChar(u' ') : c; // in HTML a line break is a space
            ++i;
            continue;
        }
        if (html.mid(i, 4) == u"<!--") {
            const qsizetype close = html.indexOf(u"-->", i + 4);
            i = close < 0 ? html.size() : close + 3;
            continue;
        }
        const qsizetype close = html.indexOf(u'>', i + 1);
        if (close < 0)
            break;
        const QStringView tag = html.mid(i + 1, close - i - 1);
        i = close + 1;
        const bool closing = tag.startsWith(u'/');
        qsizetype nameEnd = closing ? 1 : 0;
        while (nameEnd < tag.size() && (tag[nameEnd].isLetterOrNumber() || tag[nameEnd] == u':'))
            ++nameEnd;
        const QString name = tag.mid(closing ? 1 : 0, nameEnd - (closing ? 1 : 0)).toString().toLower();
        if (!closing && (name == u"style" || name == u"script" || name == u"head")) {
            const qsizetype end = html.indexOf(QString(QStringLiteral("</") + name), i, Qt::CaseInsensitive);
            i = end < 0 ? html.size() : end;
            continue;
        }
        if (name == u"blockquote") {
            blockquoteDepth = std::max(0, blockquoteDepth + (closing ? -1 : 1));
            out += u'\n';
            continue;
        }
        if (!closing && opensQuotedReply(tag))
            break; // everything after the quoted container is the earlier conversation
        if (name == u"br" || (isBlockTag(name) && !out.isEmpty() && !out.endsWith(u'\n')))
            out += u'\n';
    }
    return out;
}

/// A reply separator is one of the phrases below between dashes or underscores, or a rule of them;
/// the longest phrase has 24 letters, so a line with more than 30 characters besides those is none.
constexpr qsizetype kMaxSeparatorLetters = 30;

bool isReplySeparator(const QString& line)
{
    const auto letters = std::count_if(line.begin(), line.end(),
        [](QChar c) { return !(c.isSpace() || c == u'-' || c == u'_' || c == u'*' || c == u':'); });
    if (letters > kMaxSeparatorLetters)
        return false;
    static const QRegularExpression pattern(
        QStringLiteral(
            "^(-{2,}|_{2,}|\\*{2,})?\\s*(original message|forwarded message|ursprüngliche nachricht|"
            "originalnachricht|weitergeleitete nachricht|mensaje original|mensaje reenviado|"
            "message d'origine|message original|message transféré|orijinal mesaj|özgün ileti|"
            "iletilen mesaj|messaggio originale|oorspronkelijk bericht|mensagem original)\\s*(-{2,}|_{2,})?:?$"
            "|^_{10,}$|^-{10,}$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(line).hasMatch();
}

/// "On Mon, 3 Jun 2024 at 10:12, Ann <ann@x.com> wrote:" and its translations, also when the
/// mail client wrapped it over two lines.
bool isAttributionLine(const QString& line, bool requireOpening)
{
    if (!line.endsWith(u':'))
        return false; // both patterns end in a colon; most lines are let go without matching
    static const QRegularExpression pattern(
        QStringLiteral("(\\bwrote|\\bescribió|\\ba écrit|\\byazdı|\\bha scritto|\\bescreveu|\\bskrev|\\bnapisał)\\s*:$|"
                       "(\\bschrieb|\\bschreef)\\b.*:$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression opening(
        QStringLiteral("^(on|am|el|le|il|op|em|den|w dniu)\\b|tarihinde"), QRegularExpression::CaseInsensitiveOption);
    const bool opens = opening.match(line).hasMatch();
    return line.size() < 400 && (opens || !requireOpening) && pattern.match(line).hasMatch()
        && (opens || line.contains(u'@') || line.size() < 120);
}

bool isHeaderField(QStringView line, const QRegularExpression& names)
{
    if (!line.contains(u':'))
        return false; // a header field is a name and a colon
    QString bare = line.toString();
    bare.remove(u'*'); // Outlook's plain-text version bolds the field names with asterisks
    return names.match(bare).hasMatch();
}

/// Outlook's block: "From: ..." followed within a few lines by "Sent: ..." or "Date: ...".
bool opensHeaderBlock(const QList<QStringView>& lines, qsizetype index)
{
    static const QRegularExpression from(
        QStringLiteral("^\\s*(from|von|de|kimden|da|van|från|od)\\s*:"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sent(
        QStringLiteral("^\\s*(sent|date|gesendet|datum|enviado|fecha|envoyé|date d'envoi|gönderildi|gönderilme "
                       "tarihi|tarih|inviato|data|verzonden|skickat|wysłano|to|an|para|à|kime)\\s*:"),
        QRegularExpression::CaseInsensitiveOption);
    if (!isHeaderField(lines[index], from))
        return false;
    for (qsizetype next = index + 1; next < lines.size() && next <= index + 4; ++next)
        if (isHeaderField(lines[next], sent))
            return true;
    return false;
}

/// Every phrase below starts with one of these letters (or a letter outside ASCII that matches one
/// regardless of case), but for the Turkish one, which holds "mdan g".
bool mayBeDeviceSignature(const QString& line)
{
    const QChar first = line.isEmpty() ? QChar() : line.front().toLower();
    return first == u's' || first == u'g' || first == u'v' || first == u'e' || first == u'i' || first.unicode() >= 0x80
        || line.contains(u"mdan g", Qt::CaseInsensitive);
}

bool isDeviceSignature(const QString& line)
{
    if (line.size() >= 100 || !mayBeDeviceSignature(line))
        return false;
    static const QRegularExpression pattern(
        QStringLiteral(
            "^(sent from my|sent from mail for|sent from outlook|get outlook for|sent via|von meinem .{1,40} "
            "gesendet|gesendet von|enviado desde mi|enviado desde|envoyé de mon|envoyé depuis|"
            "\\S+('|’)(u|ü)mdan gönderildi|inviato da|verzonden vanaf|skickat från)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(line).hasMatch();
}

bool isSignatureSeparator(QStringView rawLine)
{
    return rawLine == u"-- " || rawLine == u"--" || rawLine == u"—";
}

bool isBlank(QChar c)
{
    return c.isSpace() || c == QChar(0x200B) || c == QChar(0xFEFF);
}

/// Whether the line, once its spaces are collapsed, ends in a colon.
bool endsInColon(QStringView line)
{
    qsizetype end = line.size();
    while (end > 0 && isBlank(line[end - 1]))
        --end;
    return end > 0 && line[end - 1] == u':';
}

QString collapseSpaces(QStringView line)
{
    QString out;
    out.reserve(line.size());
    bool pendingSpace = false;
    for (const QChar c : line) {
        if (isBlank(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += u' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

QString limited(QString text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype cut = maxChars;
    const qsizetype space = text.lastIndexOf(u' ', maxChars);
    if (space > maxChars - 100 && space > 0)
        cut = space;
    if (cut > 0 && text[cut - 1].isHighSurrogate())
        --cut;
    text.truncate(cut);
    return text;
}

} // namespace

QString decodeHtmlEntities(QStringView text)
{
    static const QHash<QString, QChar> named {
        { QStringLiteral("amp"), u'&' },
        { QStringLiteral("lt"), u'<' },
        { QStringLiteral("gt"), u'>' },
        { QStringLiteral("quot"), u'"' },
        { QStringLiteral("apos"), u'\'' },
        { QStringLiteral("nbsp"), u' ' },
        { QStringLiteral("rsquo"), u'’' },
        { QStringLiteral("lsquo"), u'‘' },
        { QStringLiteral("rdquo"), u'”' },
        { QStringLiteral("ldquo"), u'“' },
        { QStringLiteral("hellip"), u'…' },
        { QStringLiteral("mdash"), u'—' },
        { QStringLiteral("ndash"), u'–' },
        { QStringLiteral("euro"), u'€' },
        { QStringLiteral("pound"), u'£' },
        { QStringLiteral("copy"), u'©' },
        { QStringLiteral("reg"), u'®' },
        { QStringLiteral("trade"), u'™' },
        { QStringLiteral("eacute"), u'é' },
        { QStringLiteral("egrave"), u'è' },
        { QStringLiteral("ecirc"), u'ê' },
        { QStringLiteral("aacute"), u'á' },
        { QStringLiteral("agrave"), u'à' },
        { QStringLiteral("acirc"), u'â' },
        { QStringLiteral("iacute"), u'í' },
        { QStringLiteral("oacute"), u'ó' },
        { QStringLiteral("uacute"), u'ú' },
        { QStringLiteral("ntilde"), u'ñ' },
        { QStringLiteral("ccedil"), u'ç' },
        { QStringLiteral("auml"), u'ä' },
        { QStringLiteral("ouml"), u'ö' },
        { QStringLiteral("uuml"), u'ü' },
        { QStringLiteral("Auml"), u'Ä' },
        { QStringLiteral("Ouml"), u'Ö' },
        { QStringLiteral("Uuml"), u'Ü' },
        { QStringLiteral("szlig"), u'ß' },
        { QStringLiteral("iexcl"), u'¡' },
        { QStringLiteral("iquest"), u'¿' },
        { QStringLiteral("ocirc"), u'ô' },
        { QStringLiteral("icirc"), u'î' },
        { QStringLiteral("ucirc"), u'û' },
        { QStringLiteral("Eacute"), u'É' },
    };
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype amp = text.indexOf(u'&', i);
        if (amp < 0) {
            out += text.mid(i);
            break;
        }
        out += text.mid(i, amp - i);
        const qsizetype semicolon = text.indexOf(u';', amp + 1);
        i = amp + 1;
        if (semicolon < 0 || semicolon - amp > 10) {
            out += u'&';
            continue;
        }
        const QStringView entity = text.mid(amp + 1, semicolon - amp - 1);
        if (entity.startsWith(u'#')) {
            bool ok = false;
            const uint cp = entity.size() > 1 && (entity[1] == u'x' || entity[1] == u'X')
                ? entity.mid(2).toUInt(&ok, 16)
                : entity.mid(1).toUInt(&ok, 10);
            if (ok && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                const char32_t codePoint = cp == 0xA0 ? U' ' : char32_t(cp);
                out += QString::fromUcs4(&codePoint, 1);
                i = semicolon + 1;
                continue;
            }
        } else if (const auto found = named.constFind(entity.toString()); found != named.constEnd()) {
            out += *found;
            i = semicolon + 1;
            continue;
        }
        out += u'&';
    }
    return out;
}

QString cleanMessage(QStringView raw, qsizetype maxChars)
{
    maxChars = std::max<qsizetype>(maxChars, 1);
    const QStringView input = raw.left(std::min(raw.size(), maxChars * kRawCharsPerKeptChar + kRawSlack));
    // Most messages are plain text: the passes for markup, entities and line ends are skipped when
    // there is nothing for them to find.
    QString text
        = input.contains(u'<') && htmlTagPattern().match(input).hasMatch() ? htmlToText(input) : input.toString();
    if (text.contains(u'&'))
        text = decodeHtmlEntities(text);
    if (text.contains(u'\r'))
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');

    const QList<QStringView> lines = QStringView(text).split(u'\n');
    QString out;
    out.reserve(std::min(text.size(), maxChars));
    bool pendingBlank = false;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QStringView rawLine = lines[index];
        if (isSignatureSeparator(rawLine))
            break;
        const QString line = collapseSpaces(rawLine);
        if (line.startsWith(u'>'))
            continue;
        if (isReplySeparator(line) || opensHeaderBlock(lines, index) || isDeviceSignature(line))
            break;
        const bool wrappedAttribution = index + 1 < lines.size() && line.size() < 200 && endsInColon(lines[index + 1])
            && isAttributionLine(line + u' ' + collapseSpaces(lines[index + 1]), true);
        if (isAttributionLine(line, false) || wrappedAttribution)
            break;
        if (line.isEmpty()) {
            pendingBlank = !out.isEmpty();
            continue;
        }
        if (!out.isEmpty())
            out += QStringView(pendingBlank ? u"\n\n" : u"\n");
        pendingBlank = false;
        out += line;
        if (out.size() > maxChars)
            break;
    }
    return limited(std::move(out), maxChars);
}

} // namespace flywheel::text
