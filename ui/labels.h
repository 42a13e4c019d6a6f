#pragma once

#include <cstdint>

#include <QString>

#include "core/analysis/analysis.h"

namespace kinsight::ui {

/// Translatable names of the core's enumerations, as the window shows them.
namespace label {

QString level(core::EngagementLevel level);
QString segment(core::RfmSegment segment);
QString lifecycle(core::MemberLifecycle status);
/// "Silent, falling" for a set of ChurnReason bits; empty for none.
QString churn(std::uint8_t reasons);
QString churnReason(core::ChurnReason reason);
QString method(core::Method method);
QString funnelStep(core::FunnelStep step);
QString plan(core::Plan plan);
QString activityKind(core::ActivityKind kind);
QString orderType(core::OrderType type);
QString orderStatus(core::OrderStatus status);

} // namespace label
} // namespace kinsight::ui
