#pragma once

#include "panels/StagePanel.h"

#include <QList>

#include <functional>

namespace flywheel {

using StagePanelFactory = std::function<StagePanel*(QWidget* parent)>;

/// One factory per stage that has its own panel (ui/panels/Panels.cpp: one line each).
[[nodiscard]] QList<StagePanelFactory> stagePanelFactories();

} // namespace flywheel
