<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Report</name>
    <message>
        <source>Conversion</source>
        <translation>转化</translation>
    </message>
    <message>
        <source>From joining to a repeat purchase: each step counts the members who reached it and every earlier one, within %1 days of joining. Trials are shown beside the steps.</source>
        <translation>从注册到复购：每一步统计在注册后 %1 天内达到该步及之前所有步骤的会员。试用单独列出。</translation>
    </message>
    <message>
        <source>From joining to a repeat purchase: each step counts the members who reached it and every earlier one. Trials are shown beside the steps.</source>
        <translation>从注册到复购：每一步统计达到该步及之前所有步骤的会员。试用单独列出。</translation>
    </message>
    <message>
        <source>Conversion funnel</source>
        <translation>转化漏斗</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>From previous step</source>
        <translation>相对上一步</translation>
    </message>
    <message>
        <source>From joined</source>
        <translation>相对注册</translation>
    </message>
    <message>
        <source>Trial to paid: trial members with a paid order after their first trial; its rate from the previous step is of the trial members.</source>
        <translation>试用转付费：首次试用后有付费订单的试用会员；其“相对上一步”是相对试用会员的比例。</translation>
    </message>
    <message>
        <source>Median time from joining to the first paid order: %1 days. Median time from the first trial to the first paid order after it: %2 days.</source>
        <translation>从注册到首次付费的中位时间：%1 天。从首次试用到其后首次付费的中位时间：%2 天。</translation>
    </message>
    <message>
        <source>Members grouped by recency, frequency and monetary value of their paid orders (RFM), their lifecycle, churn risk, and the most engaged members.</source>
        <translation>按付费订单的最近一次消费、消费频率和消费金额（RFM）对会员分群，并展示生命周期、流失风险和参与度最高的会员。</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Share of members</source>
        <translation>会员占比</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>Scores 1–5 by quintile among the %1 buyers; the members without a paid order are "No purchase".</source>
        <translation>在 %1 位付费会员中按五分位打 1–5 分；没有付费订单的会员归入“未付费”。</translation>
    </message>
    <message>
        <source>Buyers by RFM segment</source>
        <translation>各 RFM 分群的付费会员数</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>Resurrecting</source>
        <translation>回流</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>New: joined and active in the period; returning: active in it and the one before; resurrecting: active again after a gap; dormant: active in the period before, not in this one. The last period may be partial.</source>
        <translation>新增：本周期注册且活跃；留存：本周期和上一周期都活跃；回流：间隔后再次活跃；沉睡：上一周期活跃而本周期未活跃。最后一个周期可能不完整。</translation>
    </message>
    <message>
        <source>Active members by lifecycle status</source>
        <translation>各生命周期状态的活跃会员</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Silent for %1 days or more</source>
        <translation>连续 %1 天以上无行为</translation>
    </message>
    <message>
        <source>Activity falling (last %1 days under %2 of the %1 before)</source>
        <translation>活跃度下降（最近 %1 天不到之前 %1 天的 %2）</translation>
    </message>
    <message>
        <source>Plan lapsed without renewal</source>
        <translation>套餐到期未续费</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>任一原因</translation>
    </message>
    <message>
        <source>A member may have several reasons.</source>
        <translation>一位会员可能有多个原因。</translation>
    </message>
    <message>
        <source>Most engaged members</source>
        <translation>参与度最高的会员</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation>付费订单</translation>
    </message>
    <message>
        <source>Leader score</source>
        <translation>意见领袖得分</translation>
    </message>
    <message>
        <source>Includes personal data (names, emails, phones), as requested.</source>
        <translation>按要求包含个人信息（姓名、邮箱、电话）。</translation>
    </message>
    <message>
        <source>Members are shown by pseudonym (a keyed hash of their id, stable for this database).</source>
        <translation>会员以化名显示（会员 ID 的加密哈希，在同一数据库中保持不变）。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>社群网络</translation>
    </message>
    <message>
        <source>No interactions between members: there is no network to show.</source>
        <translation>会员之间没有互动，无网络可展示。</translation>
    </message>
    <message>
        <source>Who talks to whom: the interaction graph, its opinion leaders and its communities.</source>
        <translation>谁在和谁互动：互动网络、意见领袖和社群圈子。</translation>
    </message>
    <message>
        <source>Network summary</source>
        <translation>网络概况</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Members in the network</source>
        <translation>网络中的会员</translation>
    </message>
    <message>
        <source>Share of all members</source>
        <translation>占全部会员比例</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接数</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动数</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>密度</translation>
    </message>
    <message>
        <source>Connected groups</source>
        <translation>连通分组</translation>
    </message>
    <message>
        <source>Largest group's share</source>
        <translation>最大分组占比</translation>
    </message>
    <message>
        <source>Average clustering</source>
        <translation>平均聚类系数</translation>
    </message>
    <message>
        <source>Transitivity</source>
        <translation>传递性</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>圈子</translation>
    </message>
    <message>
        <source>Modularity</source>
        <translation>模块度</translation>
    </message>
    <message>
        <source>Opinion leaders</source>
        <translation>意见领袖</translation>
    </message>
    <message>
        <source>Betweenness estimated from %1 sampled shortest paths: each value within %2 of the exact one with probability at least %3.</source>
        <translation>介数中心性基于 %1 条抽样最短路径估算：每个值与精确值之差不超过 %2 的概率至少为 %3。</translation>
    </message>
    <message>
        <source>The network around the top leaders</source>
        <translation>头部意见领袖周围的网络</translation>
    </message>
    <message>
        <source>Larger dots are the top leaders the drawing is built around; colours are communities.</source>
        <translation>较大的点是图中心的头部意见领袖；颜色代表圈子。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人数</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>介数中心性</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>圈子</translation>
    </message>
    <message>
        <source>Neighbours' spend</source>
        <translation>邻居消费</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>score at least %1</source>
        <translation>得分不低于 %1</translation>
    </message>
    <message>
        <source>the top %1 members by score</source>
        <translation>得分最高的 %1 位会员</translation>
    </message>
    <message>
        <source>the top %1% of the network by score</source>
        <translation>网络中得分最高的前 %1%</translation>
    </message>
    <message>
        <source>The top %1 of %2 leaders (%3, at least %4 contacts). Neighbours' spend: what a leader's contacts spend against the average member.</source>
        <translation>%2 位意见领袖中的前 %1 位（%3，联系人不少于 %4 位）。邻居消费：其联系人的消费相对普通会员的倍数。</translation>
    </message>
    <message>
        <source>Every leader (%1, at least %2 contacts). Neighbours' spend: what a leader's contacts spend against the average member.</source>
        <translation>全部意见领袖（%1，联系人不少于 %2 位）。邻居消费：其联系人的消费相对普通会员的倍数。</translation>
    </message>
    <message>
        <source>No member reaches the leader threshold.</source>
        <translation>没有会员达到意见领袖阈值。</translation>
    </message>
    <message>
        <source>Largest communities</source>
        <translation>最大的圈子</translation>
    </message>
    <message>
        <source>Internal density</source>
        <translation>内部密度</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>意见领袖</translation>
    </message>
    <message>
        <source>Top members</source>
        <translation>核心成员</translation>
    </message>
    <message>
        <source>Communities found by the Louvain method; %1 in all.</source>
        <translation>圈子由 Louvain 方法识别，共 %1 个。</translation>
    </message>
    <message>
        <source>Members of the largest communities</source>
        <translation>最大圈子的会员数</translation>
    </message>
    <message>
        <source>Active members (%1 days)</source>
        <translation>活跃会员（%1 天）</translation>
    </message>
    <message>
        <source>Stickiness (DAU / MAU)</source>
        <translation>粘性（DAU / MAU）</translation>
    </message>
    <message>
        <source>Paying members</source>
        <translation>付费会员</translation>
    </message>
    <message>
        <source>Revenue (%1 days)</source>
        <translation>收入（%1 天）</translation>
    </message>
    <message>
        <source>Trial to paid</source>
        <translation>试用转付费</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Key figures at the end of the data, compared with %1 days earlier.</source>
        <translation>数据截止日的关键指标，与 %1 天前对比。</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Change: relative to the previous period's value.</source>
        <translation>变化：相对上一周期数值的变化率。</translation>
    </message>
    <message>
        <source>Daily activity</source>
        <translation>每日活跃</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>DAU</source>
        <translation>日活</translation>
    </message>
    <message>
        <source>WAU</source>
        <translation>周活</translation>
    </message>
    <message>
        <source>MAU</source>
        <translation>月活</translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation>粘性</translation>
    </message>
    <message>
        <source>Active members per day (last %1 days)</source>
        <translation>每日活跃会员（最近 %1 天）</translation>
    </message>
    <message>
        <source>Active members per day</source>
        <translation>每日活跃会员</translation>
    </message>
    <message>
        <source>Engagement levels</source>
        <translation>参与度分层</translation>
    </message>
    <message>
        <source>Score at least</source>
        <translation>最低得分</translation>
    </message>
    <message>
        <source>Engagement score: recent activities weighted by kind, halving every %1 days; a member without any activity is dormant.</source>
        <translation>参与度得分：按行为类型加权，权重每 %1 天减半；没有任何行为的会员为沉睡。</translation>
    </message>
    <message>
        <source>Members by engagement level</source>
        <translation>各参与度层级的会员数</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>定价</translation>
    </message>
    <message>
        <source>Revenue, buyers and loyalty per product tier, subscription plans and monthly revenue.</source>
        <translation>各产品档位的收入、付费会员和忠诚度，订阅套餐及每月收入。</translation>
    </message>
    <message>
        <source>Pricing tiers</source>
        <translation>定价档位</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品数</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>付费会员</translation>
    </message>
    <message>
        <source>ARPPU</source>
        <translation>ARPPU</translation>
    </message>
    <message>
        <source>Refund rate</source>
        <translation>退款率</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Projected LTV</source>
        <translation>预测 LTV</translation>
    </message>
    <message>
        <source>(no tier)</source>
        <translation>（无档位）</translation>
    </message>
    <message>
        <source>ARPPU: revenue per paying member. Projected LTV: monthly ARPPU divided by monthly buyer churn (at least %1), over the last %2 complete months.</source>
        <translation>ARPPU：每付费会员收入。预测 LTV：月 ARPPU 除以月付费会员流失率（不低于 %1），取最近 %2 个完整月。</translation>
    </message>
    <message>
        <source>Revenue by tier</source>
        <translation>各档位收入</translation>
    </message>
    <message>
        <source>Revenue by month</source>
        <translation>每月收入</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>月经常性收入</translation>
    </message>
    <message>
        <source>MRR: each paid plan order spread evenly over the months of its term.</source>
        <translation>月经常性收入（MRR）：每笔付费套餐订单平均分摊到其服务期的各个月。</translation>
    </message>
    <message>
        <source>Revenue by month and tier</source>
        <translation>按月份和档位的收入</translation>
    </message>
    <message>
        <source>Monthly recurring revenue</source>
        <translation>月经常性收入</translation>
    </message>
    <message>
        <source>Subscription plans</source>
        <translation>订阅套餐</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>订阅会员</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>续费订单</translation>
    </message>
    <message>
        <source>Terms due</source>
        <translation>到期服务期</translation>
    </message>
    <message>
        <source>Terms renewed</source>
        <translation>已续费服务期</translation>
    </message>
    <message>
        <source>Renewal rate</source>
        <translation>续费率</translation>
    </message>
    <message>
        <source>A term is renewed when the next paid plan order comes before its end plus %1 days of grace.</source>
        <translation>若下一笔付费套餐订单在服务期结束后 %1 天宽限期内到来，则视为已续费。</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>专栏</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>E-book</source>
        <translation>电子书</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>What members hold (a paid order or a rating of 4 or 5), and what the "%1" method recommends next.</source>
        <translation>会员已拥有的产品（付费订单或 4–5 分评价），以及“%1”方法推荐的下一步产品。</translation>
    </message>
    <message>
        <source>Most held products</source>
        <translation>拥有人数最多的产品</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Product id</source>
        <translation>产品 ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>No member holds a product yet: there is nothing to recommend from.</source>
        <translation>还没有会员拥有产品，无法推荐。</translation>
    </message>
    <message>
        <source>Next products for the most engaged members</source>
        <translation>为参与度最高的会员推荐的产品</translation>
    </message>
    <message>
        <source>Next products</source>
        <translation>推荐产品</translation>
    </message>
    <message>
        <source>Offline evaluation of the methods</source>
        <translation>推荐方法离线评估</translation>
    </message>
    <message>
        <source>Method evaluation</source>
        <translation>方法评估</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>命中率</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>NDCG</source>
        <translation>NDCG</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Each member's latest product is held out; the methods are trained on the rest and scored on whether they recommend it in their top K.</source>
        <translation>留出每位会员最近获得的产品，用其余数据训练各方法，并检验前 K 个推荐中是否包含该产品。</translation>
    </message>
    <message>
        <source>Hit rate by method</source>
        <translation>各方法命中率</translation>
    </message>
    <message>
        <source>The offline evaluation of the methods was not run for this report.</source>
        <translation>本报告未运行推荐方法的离线评估。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据范围</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Contains personal data (names, emails, phones), as requested.</source>
        <translation>按要求包含个人信息（姓名、邮箱、电话）。</translation>
    </message>
    <message>
        <source>Contains personal data</source>
        <translation>含个人信息</translation>
    </message>
    <message>
        <source>Pseudonymised: members are shown by a keyed hash of their id, never by name, email or phone.</source>
        <translation>已化名：会员以 ID 的加密哈希显示，不含姓名、邮箱或电话。</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>无数据行。</translation>
    </message>
    <message>
        <source>previous: %1</source>
        <translation>上期：%1</translation>
    </message>
    <message>
        <source>all %1 rows</source>
        <translation>共 %1 行</translation>
    </message>
    <message>
        <source>of joined</source>
        <translation>占注册</translation>
    </message>
    <message>
        <source>of previous</source>
        <translation>占上一步</translation>
    </message>
    <message>
        <source>Made with Kinsight</source>
        <translation>由 Kinsight 生成</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Community report</source>
        <translation>社群分析报告</translation>
    </message>
    <message>
        <source>Days since joining</source>
        <translation>注册后天数</translation>
    </message>
    <message>
        <source>Weeks since joining</source>
        <translation>注册后周数</translation>
    </message>
    <message>
        <source>Months since joining</source>
        <translation>注册后月数</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>Share of each weekly cohort (members who joined in the same ISO week) active k weeks after joining. The latest period may be partial; later periods are empty, not zero.</source>
        <translation>每个周同期群（同一 ISO 周注册的会员）在注册后第 k 周的活跃比例。最近一个周期可能不完整；之后的周期为空而非零。</translation>
    </message>
    <message>
        <source>Share of each monthly cohort (members who joined in the same month) active k months after joining. The latest period may be partial; later periods are empty, not zero.</source>
        <translation>每个月同期群（同一个月注册的会员）在注册后第 k 个月的活跃比例。最近一个周期可能不完整；之后的周期为空而非零。</translation>
    </message>
    <message>
        <source>Retention by cohort</source>
        <translation>同期群留存</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>同期群</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Day-N retention</source>
        <translation>第 N 日留存</translation>
    </message>
    <message>
        <source>Members joined N+ days ago</source>
        <translation>注册满 N 天的会员</translation>
    </message>
    <message>
        <source>Active on day N</source>
        <translation>第 N 日活跃</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>This part of the analysis was not computed.</source>
        <translation>这部分分析尚未计算。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Trials not converted</source>
        <translation>试用未转化</translation>
    </message>
    <message>
        <source>Paying members at risk</source>
        <translation>有流失风险的付费会员</translation>
    </message>
    <message>
        <source>Renewals due in 7 days</source>
        <translation>7天内到期待续费</translation>
    </message>
    <message>
        <source>New members not yet active</source>
        <translation>还没激活的新会员</translation>
    </message>
    <message>
        <source>Opinion leaders gone quiet</source>
        <translation>沉默的意见领袖</translation>
    </message>
    <message>
        <source>%1: no figure yet.</source>
        <translation>%1：暂无数据。</translation>
    </message>
    <message>
        <source>%1: %2 (no figure for the previous period).</source>
        <translation>%1：%2（上一周期无数据）。</translation>
    </message>
    <message>
        <source>%1: unchanged at %2.</source>
        <translation>%1持平，为 %2。</translation>
    </message>
    <message>
        <source>%1 rose to %2, from none in the previous period.</source>
        <translation>%1从上一周期的零增至 %2。</translation>
    </message>
    <message>
        <source>%1 about the same at %2 (previous period: %3).</source>
        <translation>%1基本持平，为 %2（上一周期：%3）。</translation>
    </message>
    <message>
        <source>%1 rose by %2 to %3 (previous period: %4).</source>
        <translation>%1上升 %2，达到 %3（上一周期：%4）。</translation>
    </message>
    <message>
        <source>%1 fell by %2 to %3 (previous period: %4).</source>
        <translation>%1下降 %2，降至 %3（上一周期：%4）。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Nothing to do yet: the database holds no data.</source>
        <translation>暂无待办：数据库里还没有数据。</translation>
    </message>
    <message>
        <source>As of %1, the end of the data: what to do today, the key figures and what changed in the last %2 days.</source>
        <translation>截至%1（数据的最后一天）：今天要做的事、关键指标，以及近 %2 天的变化。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Money at stake</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <source>Money at stake: what the members at risk have paid in total; the amounts of the renewals due. The members of each list, with the reason, are in the window's Today list.</source>
        <translation>涉及金额：有流失风险的会员累计付款金额；待续费订单的金额。每个名单上的会员及原因，见窗口概览页的“今日待办”。</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>有什么变化</translation>
    </message>
    <message>
        <source>Compared with the previous %1 days</source>
        <translation>与前 %1 天相比</translation>
    </message>
    <message>
        <source>New members in the last %1 days: %2 (the %1 days before: %3).</source>
        <translation>近 %1 天新增会员：%2（再往前 %1 天：%3）。</translation>
    </message>
    <message>
        <source>Members who paid for the first time in the last %1 days: %2 (the %1 days before: %3).</source>
        <translation>近 %1 天首次付费的会员：%2（再往前 %1 天：%3）。</translation>
    </message>
</context>
</TS>
