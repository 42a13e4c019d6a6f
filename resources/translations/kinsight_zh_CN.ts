<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Labels</name>
    <message>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential loyalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resurrecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item kNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User kNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content (TF-IDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial to paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attend live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial to paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::core</name>
    <message>
        <source>Days since joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks since joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months since joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of the analysis was not computed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::core::Builder</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures at the end of the data, compared with %1 days earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members (%1 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stickiness (DAU / MAU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (%1 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial to paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: relative to the previous period&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members per day (last %1 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement score: recent activities weighted by kind, halving every %1 days; a member without any activity is dormant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members by engagement level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members grouped by recency, frequency and monetary value of their paid orders (RFM), their lifecycle, churn risk, and the most engaged members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores 1–5 by quintile among the %1 buyers; the members without a paid order are &quot;No purchase&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers by RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resurrecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: joined and active in the period; returning: active in it and the one before; resurrecting: active again after a gap; dormant: active in the period before, not in this one. The last period may be partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members by lifecycle status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent for %1 days or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity falling (last %1 days under %2 of the %1 before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan lapsed without renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member may have several reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most engaged members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes personal data (names, emails, phones), as requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members are shown by pseudonym (a keyed hash of their id, stable for this database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interactions between members: there is no network to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who talks to whom: the interaction graph, its opinion leaders and its communities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members in the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of all members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest group&apos;s share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average clustering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betweenness estimated from %1 sampled sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network around the top leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger dots are the top leaders the drawing is built around; colours are communities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours&apos; spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top %1 of %2 leaders (score at least %3, at least %4 contacts). Neighbours&apos; spend: what a leader&apos;s contacts spend against the average member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every leader (score at least %1, at least %2 contacts). Neighbours&apos; spend: what a leader&apos;s contacts spend against the average member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member reaches the leader threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communities found by the Louvain method; %1 in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the largest communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of each weekly cohort (members who joined in the same ISO week) active k weeks after joining. The latest period may be partial; later periods are empty, not zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of each monthly cohort (members who joined in the same month) active k months after joining. The latest period may be partial; later periods are empty, not zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention by cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day-N retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members joined N+ days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active on day N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From joining to a repeat purchase: each step counts the members who reached it and every earlier one, within %1 days of joining. Trials are shown beside the steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From joining to a repeat purchase: each step counts the members who reached it and every earlier one. Trials are shown beside the steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial to paid: trial members with a paid order after their first trial; its rate from the previous step is of the trial members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time from joining to the first paid order: %1 days. Median time from the first trial to the first paid order after it: %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue, buyers and loyalty per product tier, subscription plans and monthly revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARPPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected LTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no tier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARPPU: revenue per paying member. Projected LTV: monthly ARPPU divided by monthly buyer churn (at least %1), over the last %2 complete months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR: each paid plan order spread evenly over the months of its term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by month and tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly recurring revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A term is renewed when the next paid plan order comes before its end plus %1 days of grace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What members hold (a paid order or a rating of 4 or 5), and what the &quot;%1&quot; method recommends next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most held products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member holds a product yet: there is nothing to recommend from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next products for the most engaged members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline evaluation of the methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDCG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each member&apos;s latest product is held out; the methods are trained on the rest and scored on whether they recommend it in their top K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit rate by method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline evaluation of the methods was not run for this report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::ui::AnalysisController</name>
    <message>
        <source>Loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3 read, %4 imported, %5 already present, %6 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating the methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing A and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::ui::ChartWidget</name>
    <message>
        <source>Export as PNG or SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::ui::ConversionPage</name>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step counts only when reached within this many days of joining (0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Break down by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet: import a members file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paid or trial orders yet: import an orders file to see who pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step counts the members who meet it and every earlier step%1. Median days from joining to the first paid order: %2; from the first trial to paying: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> within %n day(s) of joining</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step (click a bar for its members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial-to-paid rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::ui::FilesPage</name>
    <message>
        <source>Choose the files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files of members, products, orders, events, ratings or interactions. Check what each file holds and its text encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are imported together in one step: members and products first, then the rows that refer to them. If any row is invalid, nothing is imported unless you choose to skip invalid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (detected: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::ui::HeatmapModel</name>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached yet: this period is after the end of the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of period %1 over %2 cohorts: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, period %2: %3 of %4 members (%5). Double-click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, period %2: %3 (revenue %4). Double-click to list the buyers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort · group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::ui::ImportFields</name>
    <message>
        <source>Member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::ui::ImportPlan</name>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::ui::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::ui::LevelPreview</name>
    <message>
        <source>Level preview appears once scores are computed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::ui::MainWindow</name>
    <message>
        <source>Kinsight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed: nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinsight databases (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; open it with File › Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinsight databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thresholds panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kinsight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kinsight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Kinsight %1&lt;/b&gt;&lt;p&gt;Community insight for paid-knowledge creators: who your members are, how engaged they are, who leads opinion, and what to offer each of them next.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running analysis (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Kinsight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members · %2 products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::ui::MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the file is matched to a field by its name, including the usual Chinese headers. Check the preview and change any match; fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Encoding: %1 · %n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>first %n row(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than one column for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::ui::MemberPanel</name>
    <message>
        <source>Select a member in the table, or click a node on the Network page, to see their profile, engagement, orders, network position and recommendations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (RFM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R / F / M scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since last paid order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (degree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clustering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the members this member interacts with as a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member 360</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 activities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 active days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score and level over the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels at the month ends, oldest first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events and orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no paid order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the interaction graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (centrality %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 (%2 members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — an opinion leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no standout metric</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::ui::MemberTableModel</name>
    <message>
        <source>%1 ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::ui::MembersPage</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the listed members, in this order, to a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by member ID or name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All RFM segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lifecycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle status in the last period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders and others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any churn risk state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk (any reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 members. Filters and search narrow this list further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the segment “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::ui::NetworkCanvas</name>
    <message>
        <source>No interactions between members yet.
Import an interactions file (File › Import…) to see the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
Leader score %3%4
Community %5
Click to open the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (leader)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::ui::NetworkPage</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top leaders and their strongest ties. Size: leader score; colour: community; ringed: leader. Wheel to zoom, drag to pan, click a member to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the leader&apos;s neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List all leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders over time: the top five leaders&apos; scores in each of the last six months&apos; networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute leaders over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours of leader %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader score in the month&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the interaction network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interactions between members yet. Import an interactions file (from_member_id, to_member_id, occurred_at) with File › Import… to see who leads opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>all history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members in the network (%2 of all), %3 ties, %4 communities (modularity %5), average clustering %6; %7 leaders at a threshold of %8. Interactions: %9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who joined on or before the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members with an activity (an event or a counted order) in the last 30 days: MAU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean daily active members over the last 30 days ÷ MAU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members with at least one paid order (amount above zero, not refunded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of paid orders in the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial to paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the members who took a trial, those who paid for an order after their first trial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active in the 30 days to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members, products and orders with File › Import… (Ctrl+I), or open the demo community from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1, the end of the data. Changes compare with %2, %3 days earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders yet: paying members, revenue and trial-to-paid need an orders file (File › Import…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interactions between members yet: the Network page needs an interactions file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity yet: import events or orders to see who is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs previous %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trial orders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders yet: import an orders file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAU (7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAU (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity yet: import events or orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level (click a bar to list its members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::ui::PricingPage</name>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers of tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribers of the %1 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products yet: import a products file (with a tier column) and orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paid orders yet: import an orders file to see revenue by tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue counts paid orders (amount above zero, not refunded); ARPPU = revenue ÷ buyers; projected LTV = monthly ARPPU ÷ monthly churn of buyers (churn at least %1). Double-click a tier or a plan for its buyers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARPPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTV so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected LTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier (click for its buyers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paid orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per month by tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR (plans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::ui::RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ember ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a member id from the Members page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a member to see what to offer them next, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline evaluation (leave the latest out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate all methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds out each member&apos;s latest purchase or high rating and checks whether each method&apos;s top list finds it (uses the list length and neighbour settings of the thresholds panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/B comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDCG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run A/B test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>popular fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cold start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a seeded sample of the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference is significant at the 5% level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference is not significant at the 5% level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;A&lt;/b&gt; (%1): %2 &amp;nbsp; &lt;b&gt;B&lt;/b&gt; (%3): %4&lt;br&gt;Mean difference A − B per member: %5, 95% interval [%6, %7], paired t = %8 over %9 members, &lt;b&gt;p = %10&lt;/b&gt;. %11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member with the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 — %n order(s). Method: %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No products yet: import products and orders (or ratings) to get recommendations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::ui::RetentionPage</name>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cohorts by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the period or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relative to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export heat map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort %1, %2 in period %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet: import a members file to see cohorts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of each cohort active in period k after joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of each cohort active in period k or any later period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid revenue in period k relative to the reference period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid revenue in period k per cohort member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, relative to the period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The last column of each cohort is the period holding the end of the data (it may be partial); blank cells have not happened yet. Double-click a cell for its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day-N retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active on day N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active on day N or later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::ui::RunPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files are imported in one step. If it fails or you stop it, the database stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip invalid rows and import the rest (they are written to &lt;name&gt;.rejected.csv beside each file, with the reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped as invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all, into %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n row(s) imported or updated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid row(s) were skipped and written to the .rejected.csv files.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped. Nothing was written; the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; the database is as it was. Correct the rows listed below, go back and change the column matches, or choose to skip invalid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid row(s) skipped; written with the reason to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Column not imported (not matched to a field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list of problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinsight::ui::ThresholdsPanel</name>
    <message>
        <source>Opinion leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members with a leader score at or above this are leaders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leader needs at least this many distinct contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PageRank weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brokerage weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core depth weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence: attention flowing in from attended-to members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct members who address them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betweenness: shortest paths between others through them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total interaction weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth in the k-core decomposition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kNN neighbourhood size (0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore similarities below this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid: α × item kNN + (1 − α) × user kNN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best single activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top shares of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-offs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casual from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity&apos;s weight halves every this many days (0: no decay). Changing it rescans all activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag members who were active and have been silent this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent this long: counted as lost, no longer a risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts, funnel and network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the interaction network from the last N days only (recomputes the network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
