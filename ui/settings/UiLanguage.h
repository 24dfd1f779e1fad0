#pragma once

#include <QString>

namespace flywheel {

/// The language of the app's own text, switchable while it runs. apply() is the one place
/// translators are installed: it replaces the previous ones, so Qt sends QEvent::LanguageChange
/// to every widget, and widgets set their texts again in their changeEvent(). Money, dates and
/// numbers follow through the default QLocale. UI thread only.
class UiLanguage {
public:
    UiLanguage() = delete;

    /// Switches to `code` ("en", "tr", "de", "es"; empty = the computer's language). A language
    /// without a translation file shows the English source text with that language's formats.
    static void apply(const QString& code);
    /// The code last applied (empty = the computer's language).
    [[nodiscard]] static QString current();
};

} // namespace flywheel
