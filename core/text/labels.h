#pragma once

#include <cstdint>
#include <string_view>

#include <QString>

#include "core/analysis/analysis.h"

/// Translatable names of the core's enumerations (translation context `Labels`), one set for the
/// window, the reports and the CLI's human text: "Potential loyalist" reads the same on the
/// Members page and in the report. CSV output keeps the contract's codes (toString()).
namespace kinsight::core::label {

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
/// A pricing tier's display name: free → Free (免费), basic, standard, premium / pro, vip; an
/// empty tier or `(none)` → No tier; any other code as it is. Show the raw code in a tooltip.
QString tier(std::string_view code);
/// course → Course (课程), column, audio, video, ebook, live, membership, bundle, other.
QString productKind(core::ProductKind kind);

} // namespace kinsight::core::label
