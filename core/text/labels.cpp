#include "labels.h"

#include <QCoreApplication>
#include <QStringList>

namespace kinsight::core::label {

QString level(core::EngagementLevel level)
{
    switch (level) {
    case core::EngagementLevel::Core:
        return QCoreApplication::translate("Labels", "Core");
    case core::EngagementLevel::Active:
        return QCoreApplication::translate("Labels", "Active");
    case core::EngagementLevel::Casual:
        return QCoreApplication::translate("Labels", "Casual");
    case core::EngagementLevel::Dormant:
        return QCoreApplication::translate("Labels", "Dormant");
    }
    return {};
}

QString segment(core::RfmSegment s)
{
    using core::RfmSegment;
    switch (s) {
    case RfmSegment::Champions:
        return QCoreApplication::translate("Labels", "Champions");
    case RfmSegment::Loyal:
        return QCoreApplication::translate("Labels", "Loyal");
    case RfmSegment::PotentialLoyalist:
        return QCoreApplication::translate("Labels", "Potential loyalist");
    case RfmSegment::Promising:
        return QCoreApplication::translate("Labels", "Promising");
    case RfmSegment::New:
        return QCoreApplication::translate("Labels", "New customers");
    case RfmSegment::NeedAttention:
        return QCoreApplication::translate("Labels", "Need attention");
    case RfmSegment::AboutToSleep:
        return QCoreApplication::translate("Labels", "About to sleep");
    case RfmSegment::AtRisk:
        return QCoreApplication::translate("Labels", "At risk");
    case RfmSegment::CantLoseThem:
        return QCoreApplication::translate("Labels", "Can't lose them");
    case RfmSegment::Lost:
        return QCoreApplication::translate("Labels", "Lost");
    case RfmSegment::NoPurchase:
        return QCoreApplication::translate("Labels", "No purchase");
    }
    return {};
}

QString lifecycle(core::MemberLifecycle status)
{
    switch (status) {
    case core::MemberLifecycle::New:
        return QCoreApplication::translate("Labels", "New");
    case core::MemberLifecycle::Returning:
        return QCoreApplication::translate("Labels", "Returning");
    case core::MemberLifecycle::Resurrecting:
        return QCoreApplication::translate("Labels", "Resurrecting");
    case core::MemberLifecycle::Dormant:
        return QCoreApplication::translate("Labels", "Dormant");
    case core::MemberLifecycle::Inactive:
        return QCoreApplication::translate("Labels", "Inactive");
    }
    return {};
}

QString churnReason(core::ChurnReason reason)
{
    switch (reason) {
    case core::ChurnSilent:
        return QCoreApplication::translate("Labels", "Silent");
    case core::ChurnFalling:
        return QCoreApplication::translate("Labels", "Falling");
    case core::ChurnLapsed:
        return QCoreApplication::translate("Labels", "Lapsed");
    }
    return {};
}

QString churn(std::uint8_t reasons)
{
    QStringList parts;
    for (int b = 0; b < core::churnReasonCount; ++b) {
        if (reasons & (1u << b))
            parts << churnReason(static_cast<core::ChurnReason>(1u << b));
    }
    //: between the churn-risk states of one member
    return parts.join(QCoreApplication::translate("Labels", ", "));
}

QString tier(std::string_view code)
{
    const QString raw = QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size()));
    const QString key = raw.trimmed().toLower();
    if (key.isEmpty() || key == QLatin1String("(none)"))
        return QCoreApplication::translate("Labels", "No tier");
    if (key == QLatin1String("free"))
        return QCoreApplication::translate("Labels", "Free");
    if (key == QLatin1String("basic"))
        return QCoreApplication::translate("Labels", "Basic");
    if (key == QLatin1String("standard"))
        return QCoreApplication::translate("Labels", "Standard");
    if (key == QLatin1String("premium") || key == QLatin1String("pro"))
        return QCoreApplication::translate("Labels", "Premium");
    if (key == QLatin1String("vip"))
        return QCoreApplication::translate("Labels", "VIP");
    return raw;
}

QString productKind(core::ProductKind kind)
{
    using core::ProductKind;
    switch (kind) {
    case ProductKind::Course:
        return QCoreApplication::translate("Labels", "Course");
    case ProductKind::Column:
        return QCoreApplication::translate("Labels", "Column");
    case ProductKind::Audio:
        return QCoreApplication::translate("Labels", "Audio");
    case ProductKind::Video:
        return QCoreApplication::translate("Labels", "Video");
    case ProductKind::Ebook:
        return QCoreApplication::translate("Labels", "E-book");
    case ProductKind::Live:
        return QCoreApplication::translate("Labels", "Live session");
    case ProductKind::Membership:
        return QCoreApplication::translate("Labels", "Membership");
    case ProductKind::Bundle:
        return QCoreApplication::translate("Labels", "Bundle");
    case ProductKind::Other:
        return QCoreApplication::translate("Labels", "Other");
    }
    return {};
}

QString method(core::Method m)
{
    switch (m) {
    case core::Method::Popular:
        return QCoreApplication::translate("Labels", "Popular");
    case core::Method::ItemKnn:
        return QCoreApplication::translate("Labels", "Item kNN");
    case core::Method::UserKnn:
        return QCoreApplication::translate("Labels", "User kNN");
    case core::Method::Hybrid:
        return QCoreApplication::translate("Labels", "Hybrid");
    case core::Method::Content:
        return QCoreApplication::translate("Labels", "Content (TF-IDF)");
    case core::Method::Als:
        return QCoreApplication::translate("Labels", "ALS");
    case core::Method::Ease:
        return QCoreApplication::translate("Labels", "EASE");
    case core::Method::Sequential:
        return QCoreApplication::translate("Labels", "Next in sequence");
    case core::Method::Social:
        return QCoreApplication::translate("Labels", "Social");
    }
    return {};
}

QString funnelStep(core::FunnelStep step)
{
    switch (step) {
    case core::FunnelStep::Joined:
        return QCoreApplication::translate("Labels", "Joined");
    case core::FunnelStep::Activated:
        return QCoreApplication::translate("Labels", "Activated");
    case core::FunnelStep::Paying:
        return QCoreApplication::translate("Labels", "Paying");
    case core::FunnelStep::Repeat:
        return QCoreApplication::translate("Labels", "Repeat");
    case core::FunnelStep::Trial:
        return QCoreApplication::translate("Labels", "Trial");
    case core::FunnelStep::TrialToPaid:
        return QCoreApplication::translate("Labels", "Trial to paid");
    }
    return {};
}

QString plan(core::Plan p)
{
    switch (p) {
    case core::Plan::None:
        return QCoreApplication::translate("Labels", "No plan");
    case core::Plan::Monthly:
        return QCoreApplication::translate("Labels", "Monthly");
    case core::Plan::Quarterly:
        return QCoreApplication::translate("Labels", "Quarterly");
    case core::Plan::Annual:
        return QCoreApplication::translate("Labels", "Annual");
    }
    return {};
}

QString activityKind(core::ActivityKind kind)
{
    using core::ActivityKind;
    switch (kind) {
    case ActivityKind::View:
        return QCoreApplication::translate("Labels", "View");
    case ActivityKind::Play:
        return QCoreApplication::translate("Labels", "Play");
    case ActivityKind::Complete:
        return QCoreApplication::translate("Labels", "Complete");
    case ActivityKind::Comment:
        return QCoreApplication::translate("Labels", "Comment");
    case ActivityKind::Post:
        return QCoreApplication::translate("Labels", "Post");
    case ActivityKind::Like:
        return QCoreApplication::translate("Labels", "Like");
    case ActivityKind::CheckIn:
        return QCoreApplication::translate("Labels", "Check-in");
    case ActivityKind::Attend:
        return QCoreApplication::translate("Labels", "Attend live");
    case ActivityKind::Order:
        return QCoreApplication::translate("Labels", "Order");
    case ActivityKind::InteractionGiven:
        return QCoreApplication::translate("Labels", "Interaction given");
    case ActivityKind::InteractionReceived:
        return QCoreApplication::translate("Labels", "Interaction received");
    case ActivityKind::Other:
        return QCoreApplication::translate("Labels", "Other event");
    }
    return {};
}

QString orderType(core::OrderType type)
{
    switch (type) {
    case core::OrderType::Purchase:
        return QCoreApplication::translate("Labels", "Purchase");
    case core::OrderType::Trial:
        return QCoreApplication::translate("Labels", "Trial");
    case core::OrderType::Subscription:
        return QCoreApplication::translate("Labels", "Subscription");
    case core::OrderType::Renewal:
        return QCoreApplication::translate("Labels", "Renewal");
    }
    return {};
}

QString orderStatus(core::OrderStatus status)
{
    return status == core::OrderStatus::Paid ? QCoreApplication::translate("Labels", "Paid")
                                             : QCoreApplication::translate("Labels", "Refunded");
}

} // namespace kinsight::core::label
