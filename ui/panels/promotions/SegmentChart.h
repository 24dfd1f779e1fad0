#pragma once

#include "stages/promotions/PromotionQueries.h"

#include <QChartView>

#include <vector>

namespace flywheel {

/// Customer segments side by side: each segment's share of the customers and its share of the
/// spend expected over the next twelve months, so the owner sees where the value sits.
class SegmentChart : public QChartView {
    Q_OBJECT

public:
    explicit SegmentChart(QWidget* parent = nullptr);

    void showSegments(const std::vector<promotions::SegmentRow>& segments);
};

} // namespace flywheel
