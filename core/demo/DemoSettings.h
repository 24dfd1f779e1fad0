#pragma once

#include "settings/Settings.h"

// What a demo store remembers about how it was made, so later periods can be generated from the
// same hidden world. Kept in the store's settings table like every store setting, but not shown in
// the settings dialog (they are not in settings::all()): they describe the store, the owner does
// not choose them.
namespace flywheel::demo {

inline constexpr flywheel::settings::SettingDef<QString> demoScaleSetting { {
    .key = "demo_scale",
    .group = flywheel::settings::Group::Store,
    .kind = flywheel::settings::Kind::Text,
    .label = QT_TRANSLATE_NOOP("Settings", "Demo store size"),
    .help = QT_TRANSLATE_NOOP("Settings", "The size the demo store was made at; empty for a real store."),
    .maxLength = 10,
} };
/// Text, because a seed may be any unsigned 64-bit number.
inline constexpr flywheel::settings::SettingDef<QString> demoSeedSetting { {
    .key = "demo_seed",
    .group = flywheel::settings::Group::Store,
    .kind = flywheel::settings::Kind::Text,
    .label = QT_TRANSLATE_NOOP("Settings", "Demo store seed"),
    .help = QT_TRANSLATE_NOOP("Settings", "The random seed the demo store was made with."),
    .maxLength = 20,
} };
inline constexpr flywheel::settings::SettingDef<int> advancedWeeksSetting { {
    .key = "demo_advanced_weeks",
    .group = flywheel::settings::Group::Store,
    .kind = flywheel::settings::Kind::Integer,
    .label = QT_TRANSLATE_NOOP("Settings", "Demo weeks after the history"),
    .help = QT_TRANSLATE_NOOP("Settings", "How many weeks the demo store has been advanced past its history."),
    .unit = QT_TRANSLATE_NOOP("Settings", "weeks"),
    .defaultNumber = 0,
    .minimum = 0,
    .maximum = 5200,
} };
/// Pushed reorders whose stock has been ordered in an advanced period (a JSON array of action ids),
/// so a purchase order arrives once however many periods follow.
inline constexpr flywheel::settings::SettingDef<QString> reordersPlacedSetting { {
    .key = "demo_reorders_placed",
    .group = flywheel::settings::Group::Store,
    .kind = flywheel::settings::Kind::Text,
    .label = QT_TRANSLATE_NOOP("Settings", "Demo purchase orders placed"),
    .help = QT_TRANSLATE_NOOP("Settings", "The pushed reorders the advanced demo store has already ordered."),
    .defaultText = "[]",
} };

} // namespace flywheel::demo
