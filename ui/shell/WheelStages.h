#pragma once

#include "Icons.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace flywheel {

/// What the window knows about each stage of the wheel, whether or not its engine is built yet.
struct WheelStage {
    QString name; ///< machine name, as Stage::name() and the recommendations' stage column
    QString title; ///< "Service"
    QString description; ///< one or two sentences on what the stage does for the owner
    Icon icon;
};

/// The six stages in wheel order: Service → Content → Search → Merchandising → Inventory →
/// Promotions, and round to Service again. Translated when called, so call it when showing text.
[[nodiscard]] QList<WheelStage> wheelStages();

/// The stage called `name`; one with an empty name (and `name` as its title) when there is none.
[[nodiscard]] WheelStage wheelStage(const QString& name);

/// Translated title of a stage by machine name; the name itself for stages the window does not know.
[[nodiscard]] QString stageTitle(const QString& name);

} // namespace flywheel
