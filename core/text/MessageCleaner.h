#pragma once

#include <QString>

namespace flywheel::text {

/// The customer's own words from a ticket or review body: HTML tags and entities removed (<br>,
/// <p> and other blocks become line breaks, <style>/<script> dropped), quoted reply chains cut
/// ("On ... wrote:", lines starting with '>', "-----Original Message-----", "From: ... Sent: ...",
/// the Gmail, Outlook and Apple Mail variants in en/de/es/tr/fr and more), signatures after "-- "
/// and "Sent from my phone" lines cut, whitespace collapsed (paragraphs keep one blank line), and
/// limited to maxChars: only the start of a huge message is read, so a 1 MB message costs what a
/// long one does.
[[nodiscard]] QString cleanMessage(QStringView raw, qsizetype maxChars = 20000);

/// "&amp;", "&eacute;", "&#39;", "&#x2019;" and the other entities help desks leave in text.
[[nodiscard]] QString decodeHtmlEntities(QStringView text);

} // namespace flywheel::text
