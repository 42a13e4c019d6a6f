// kinsight tiers --db DB

#include "app/cli.h"
#include "app/command.h"
#include "core/metrics/metrictables.h"
#include "core/metrics/pricing.h"

namespace kinsight::app {
namespace {

int runTiers(CommandLine& cli, const QStringList& arguments)
{
    return cli.printCommunityTable(
        arguments, [](const core::Community& community) { return core::tiersTable(core::computePricing(community)); });
}

} // namespace

KINSIGHT_COMMAND("tiers", "Print revenue, buyers, ARPPU, refund and repeat rate per pricing tier", Needs::Core,
    runTiers,
    "Pricing tiers: per product tier (by name, '(none)' last for products without a tier) the catalogue's products, "
    "buyers, paid orders, revenue, ARPPU, refund rate and repeat rate.");

} // namespace kinsight::app
