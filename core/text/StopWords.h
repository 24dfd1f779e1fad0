#pragma once

#include <QSet>
#include <QString>

namespace flywheel::text {

/// Common function words of a language, folded (no accents), for en, de, es, tr and fr; an empty
/// set for others. Negations ("not", "nicht", "değil") are deliberately not stop words: they
/// change what a message means.
[[nodiscard]] const QSet<QString>& stopWords(const QString& languageCode);

} // namespace flywheel::text
