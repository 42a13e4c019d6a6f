<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Cli</name>
        <message>
            <source>Try 'kinsight %1 --help'.</source>
            <translation>运行 'kinsight %1 --help' 查看用法。</translation>
        </message>
        <message>
            <source>unknown format '%1' (csv or json)</source>
            <translation>未知格式 '%1'（可选 csv 或 json）</translation>
        </message>
        <message>
            <source>--db DB is required</source>
            <translation>需要指定 --db DB</translation>
        </message>
        <message>
            <source>--%1 must be a whole number from %2 to %3, not '%4'</source>
            <translation>--%1 须为 %2 到 %3 之间的整数，而不是 '%4'</translation>
        </message>
        <message>
            <source>--%1 must be a number from %2 to %3, not '%4'</source>
            <translation>--%1 须为 %2 到 %3 之间的数，而不是 '%4'</translation>
        </message>
        <message>
            <source>--seed must be a non-negative whole number</source>
            <translation>--seed 须为非负整数</translation>
        </message>
        <message>
            <source>unknown metric '%1' (hit_rate or ndcg)</source>
            <translation>未知指标 '%1'（可选 hit_rate 或 ndcg）</translation>
        </message>
        <message>
            <source>--breakdown must be channel, month or week, not '%1'</source>
            <translation>--breakdown 须为 channel、month 或 week，而不是 '%1'</translation>
        </message>
        <message>
            <source>unknown view '%1' (%2)</source>
            <translation>未知视图 '%1'（可选：%2）</translation>
        </message>
        <message>
            <source>--types: unknown interaction type in '%1'</source>
            <translation>--types：'%1' 中有未知的互动类型</translation>
        </message>
        <message>
            <source>--window must be a number of days or 'all', not '%1'</source>
            <translation>--window 须为天数或 'all'，而不是 '%1'</translation>
        </message>
        <message>
            <source>--weights takes name=value pairs (pagerank, in_degree, betweenness, strength, core) with values ≥ 0</source>
            <translation>--weights 须为 名称=数值 的组合（pagerank、in_degree、betweenness、strength、core），数值不小于 0</translation>
        </message>
        <message>
            <source>--member ID is required</source>
            <translation>需要指定 --member ID</translation>
        </message>
        <message>
            <source>unknown member '%1'</source>
            <translation>找不到会员 '%1'</translation>
        </message>
        <message>
            <source>this kinsight was built without the report writers (KINSIGHT_BUILD_UI=OFF)</source>
            <translation>此版本的 kinsight 构建时未包含报告生成功能（KINSIGHT_BUILD_UI=OFF）</translation>
        </message>
        <message>
            <source>--out FILE.pdf|.html|.xlsx is required</source>
            <translation>需要指定 --out FILE.pdf|.html|.xlsx</translation>
        </message>
        <message>
            <source>--out must end in .pdf, .html or .xlsx (for CSV files use --csv-dir DIR)</source>
            <translation>--out 的文件名须以 .pdf、.html 或 .xlsx 结尾（导出 CSV 请用 --csv-dir DIR）</translation>
        </message>
        <message>
            <source>--evaluation must be auto, always or never, not '%1'</source>
            <translation>--evaluation 须为 auto、always 或 never，而不是 '%1'</translation>
        </message>
        <message>
            <source>--language must be en or zh_CN, not '%1'</source>
            <translation>--language 须为 en 或 zh_CN，而不是 '%1'</translation>
        </message>
        <message>
            <source>report written to %1 in %2 s</source>
            <translation>报告已写入 %1，用时 %2 秒</translation>
        </message>
        <message>
            <source>no file to import</source>
            <translation>没有要导入的文件</translation>
        </message>
        <message>
            <source>unknown kind &apos;%1&apos; (members, products, orders, events, ratings or interactions)</source>
            <translation>未知的数据类型 &apos;%1&apos;（可选 members、products、orders、events、ratings 或 interactions）</translation>
        </message>
        <message>
            <source>unknown encoding &apos;%1&apos; (auto, utf-8, gb18030, utf-16 or windows-1252)</source>
            <translation>未知的编码 &apos;%1&apos;（可选 auto、utf-8、gb18030、utf-16 或 windows-1252）</translation>
        </message>
        <message>
            <source>unknown delimiter &apos;%1&apos; (, ; tab | or space)</source>
            <translation>未知的分隔符 &apos;%1&apos;（可选 , ; tab | 或 space）</translation>
        </message>
        <message>
            <source>--no-header and --columns go together</source>
            <translation>--no-header 和 --columns 需要一起使用</translation>
        </message>
        <message>
            <source>--currency takes a three-letter code such as CNY or EUR, not &apos;%1&apos;</source>
            <translation>--currency 须为三个字母的币种代码，如 CNY 或 EUR，而不是 &apos;%1&apos;</translation>
        </message>
        <message>
            <source>--value takes &apos;field:source=target&apos;, not &apos;%1&apos;</source>
            <translation>--value 的格式是 &apos;字段:原值=新值&apos;，而不是 &apos;%1&apos;</translation>
        </message>
        <message>
            <source>unknown time zone &apos;%1&apos; (an IANA name such as Asia/Shanghai)</source>
            <translation>未知的时区 &apos;%1&apos;（请使用 IANA 时区名，如 Asia/Shanghai）</translation>
        </message>
        <message>
            <source>--map takes &apos;source header=field&apos;, not &apos;%1&apos;</source>
            <translation>--map 的格式是 &apos;原列名=字段&apos;，而不是 &apos;%1&apos;</translation>
        </message>
        <message>
            <source>the database&apos;s time zone is %1, not %2; --timezone only sets the zone of a new database. To change it, run: kinsight settings --db %3 --timezone %2</source>
            <translation>数据库的时区是 %1，不是 %2；--timezone 只用于设定新建数据库的时区。如需更改，请运行：kinsight settings --db %3 --timezone %2</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>警告：%1</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>错误：%1</translation>
        </message>
        <message>
            <source>nothing was imported (the database is unchanged)</source>
            <translation>没有导入任何数据（数据库保持原样）</translation>
        </message>
        <message>
            <source>; fix the rows above, or use --skip-invalid to import the valid rows</source>
            <translation>；请修改上面列出的行，或加 --skip-invalid 只导入有效的行</translation>
        </message>
        <message>
            <source>rejected rows of %1 written to %2: %3</source>
            <translation>%1 中未导入的行已写入 %2：共 %3 行</translation>
        </message>
        <message>
            <source>demo community written to %1: %2 members, %3 products, %4 orders, %5 events, %6 ratings, %7 interactions, from %8 to %9 (%10)</source>
            <translation>示例社群已写入 %1：%2 位会员、%3 个商品、%4 笔订单、%5 条行为记录、%6 条评分、%7 次互动，时间从 %8 到 %9（%10）</translation>
        </message>
        <message>
            <source>--leaders top needs --top K (a count above 0)</source>
            <translation>--leaders top 需要 --top K（大于 0 的人数）</translation>
        </message>
        <message>
            <source>--leaders takes score, top or share</source>
            <translation>--leaders 可选 score、top 或 share</translation>
        </message>
        <message>
            <source>--sections takes a comma-separated list of %1, not &apos;%2&apos;</source>
            <translation>--sections 须为以逗号分隔的名称（%1），而不是 &apos;%2&apos;</translation>
        </message>
        <message>
            <source>--as-of takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
            <translation>--as-of 须为 YYYY-MM-DD 格式的日期，而不是 &apos;%1&apos;</translation>
        </message>
        <message>
            <source>--product ID is required</source>
            <translation>必须用 --product ID 指定商品</translation>
        </message>
        <message>
            <source>unknown method &apos;%1&apos;</source>
            <translation>未知的方法 &apos;%1&apos;</translation>
        </message>
        <message>
            <source>unknown product &apos;%1&apos;</source>
            <translation>未知的商品 &apos;%1&apos;</translation>
        </message>
        <message>
            <source>--from DB and --to DB are required</source>
            <translation>必须同时给出 --from DB 和 --to DB</translation>
        </message>
        <message>
            <source>--from and --to name the same database</source>
            <translation>--from 和 --to 指向同一个数据库</translation>
        </message>
        <message>
            <source>unknown item weighting &apos;%1&apos; (none, tfidf or bm25)</source>
            <translation>未知的物品加权方式 &apos;%1&apos;（可选 none、tfidf 或 bm25）</translation>
        </message>
        <message>
            <source>unknown ALS solver &apos;%1&apos; (cg or cholesky)</source>
            <translation>未知的 ALS 求解器 &apos;%1&apos;（可选 cg 或 cholesky）</translation>
        </message>
        <message>
            <source>--%1 must be one of %2, not &apos;%3&apos;</source>
            <translation>--%1 须为 %2 之一，而不是 &apos;%3&apos;</translation>
        </message>
        <message>
            <source>%1: no such database (create one with &apos;kinsight import&apos; or &apos;kinsight demo&apos;)</source>
            <translation>%1：没有这个数据库（可用 &apos;kinsight import&apos; 或 &apos;kinsight demo&apos; 创建）</translation>
        </message>
        <message>
            <source>unknown method &apos;%1&apos; (popular, item-knn, user-knn, hybrid, content, als, ease, sequential, social, auto)</source>
            <translation>未知的方法 &apos;%1&apos;（可选 popular、item-knn、user-knn、hybrid、content、als、ease、sequential、social 或 auto）</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>%1 pp</source>
            <extracomment>a change in percentage points, e.g. "+1.2 pp"</extracomment>
            <translation>%1 个百分点</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Core</source>
            <translation>核心</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>活跃</translation>
        </message>
        <message>
            <source>Casual</source>
            <translation>轻度</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>沉睡</translation>
        </message>
        <message>
            <source>Champions</source>
            <translation>冠军会员</translation>
        </message>
        <message>
            <source>Loyal</source>
            <translation>忠诚会员</translation>
        </message>
        <message>
            <source>Potential loyalist</source>
            <translation>潜在忠诚会员</translation>
        </message>
        <message>
            <source>Promising</source>
            <translation>有潜力会员</translation>
        </message>
        <message>
            <source>New customers</source>
            <translation>新客户</translation>
        </message>
        <message>
            <source>Need attention</source>
            <translation>需要关注</translation>
        </message>
        <message>
            <source>About to sleep</source>
            <translation>即将沉睡</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>有流失风险</translation>
        </message>
        <message>
            <source>Can't lose them</source>
            <translation>不能失去</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>已流失</translation>
        </message>
        <message>
            <source>No purchase</source>
            <translation>未购买</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Returning</source>
            <translation>持续活跃</translation>
        </message>
        <message>
            <source>Resurrecting</source>
            <translation>回流</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>不活跃</translation>
        </message>
        <message>
            <source>Silent</source>
            <translation>沉默</translation>
        </message>
        <message>
            <source>Falling</source>
            <translation>活跃下降</translation>
        </message>
        <message>
            <source>Lapsed</source>
            <translation>到期未续</translation>
        </message>
        <message>
            <source>Popular</source>
            <translation>热门</translation>
        </message>
        <message>
            <source>Item kNN</source>
            <translation>物品 kNN</translation>
        </message>
        <message>
            <source>User kNN</source>
            <translation>用户 kNN</translation>
        </message>
        <message>
            <source>Hybrid</source>
            <translation>混合</translation>
        </message>
        <message>
            <source>Content (TF-IDF)</source>
            <translation>内容 (TF-IDF)</translation>
        </message>
        <message>
            <source>ALS</source>
            <translation>ALS</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>注册</translation>
        </message>
        <message>
            <source>Activated</source>
            <translation>激活</translation>
        </message>
        <message>
            <source>Paying</source>
            <translation>付费</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>复购</translation>
        </message>
        <message>
            <source>Trial</source>
            <translation>试用</translation>
        </message>
        <message>
            <source>Trial to paid</source>
            <translation>试用转付费</translation>
        </message>
        <message>
            <source>No plan</source>
            <translation>无套餐</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>月付</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>季付</translation>
        </message>
        <message>
            <source>Annual</source>
            <translation>年付</translation>
        </message>
        <message>
            <source>View</source>
            <translation>浏览</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>完成学习</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>评论</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>发帖</translation>
        </message>
        <message>
            <source>Like</source>
            <translation>点赞</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>打卡</translation>
        </message>
        <message>
            <source>Attend live</source>
            <translation>参加直播</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <source>Interaction given</source>
            <translation>发起互动</translation>
        </message>
        <message>
            <source>Interaction received</source>
            <translation>收到互动</translation>
        </message>
        <message>
            <source>Other event</source>
            <translation>其他行为</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>购买</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>订阅</translation>
        </message>
        <message>
            <source>Renewal</source>
            <translation>续费</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已支付</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>已退款</translation>
        </message>
        <message>
            <source>, </source>
            <extracomment>between the churn-risk states of one member</extracomment>
            <translation>、</translation>
        </message>
        <message>
            <source>No tier</source>
            <translation>无档位</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>免费</translation>
        </message>
        <message>
            <source>Basic</source>
            <translation>基础</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>标准</translation>
        </message>
        <message>
            <source>Premium</source>
            <translation>高级</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>VIP</translation>
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
            <source>Live session</source>
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
            <source>EASE</source>
            <translation>EASE</translation>
        </message>
        <message>
            <source>Next in sequence</source>
            <translation>学习顺序</translation>
        </message>
        <message>
            <source>Social</source>
            <translation>社交网络推荐</translation>
        </message>
    </context>
    <context>
        <name>Message</name>
        <message>
            <source>members</source>
            <translation>会员表</translation>
        </message>
        <message>
            <source>products</source>
            <translation>商品表</translation>
        </message>
        <message>
            <source>orders</source>
            <translation>订单表</translation>
        </message>
        <message>
            <source>events</source>
            <translation>事件表</translation>
        </message>
        <message>
            <source>ratings</source>
            <translation>评分表</translation>
        </message>
        <message>
            <source>interactions</source>
            <translation>互动表</translation>
        </message>
        <message>
            <source>is empty (required)</source>
            <translation>不能为空（必填）</translation>
        </message>
        <message>
            <source>is empty (required, or give quantity and unit_price)</source>
            <translation>不能为空（必填；也可以同时填写 quantity 和 unit_price）</translation>
        </message>
        <message>
            <source>%1 appears earlier in this file with different content</source>
            <translation>%1 在本文件前面已经出现过，但内容不同</translation>
        </message>
        <message>
            <source>%1 is an epoch time outside the years 1970 to 2100</source>
            <translation>%1 是时间戳，但超出了 1970 年到 2100 年的范围</translation>
        </message>
        <message>
            <source>%1 is not a valid date or time (YYYY-MM-DD, YYYY/M/D, either with HH:MM[:SS], ISO 8601, or Unix epoch seconds or milliseconds)</source>
            <translation>%1 不是有效的日期或时间（可写成 2026-05-31 或 2026/5/31，后面可带 08:30 或 08:30:00；也可以是 ISO 8601 格式，或以秒、毫秒计的时间戳）</translation>
        </message>
        <message>
            <source>%1 names no known member</source>
            <translation>找不到会员 %1</translation>
        </message>
        <message>
            <source>%1 names no known product</source>
            <translation>找不到商品 %1</translation>
        </message>
        <message>
            <source>a member cannot refer themselves</source>
            <translation>会员不能推荐自己</translation>
        </message>
        <message>
            <source>%1 is not a valid price (a non-negative number with at most two decimals, no thousands separator)</source>
            <translation>%1 不是有效的价格（应为不小于 0 的数字，最多两位小数，不带千位分隔符）</translation>
        </message>
        <message>
            <source>%1 is not a number</source>
            <translation>%1 不是数字</translation>
        </message>
        <message>
            <source>%1 is not a valid amount (a number with at most two decimals; a currency sign and , thousands separators are allowed)</source>
            <translation>%1 不是有效的金额（应为最多两位小数的数字，可带货币符号和千位分隔逗号）</translation>
        </message>
        <message>
            <source>quantity × unit_price is too large</source>
            <translation>数量 × 单价（quantity × unit_price）的结果太大</translation>
        </message>
        <message>
            <source>%1 is not a whole number from 1 to 5</source>
            <translation>%1 不是 1 到 5 之间的整数</translation>
        </message>
        <message>
            <source>%1 is not a number greater than 0</source>
            <translation>%1 不是大于 0 的数字</translation>
        </message>
        <message numerus="yes">
            <source>--columns names %n column(s), but this row has %1</source>
            <translation>
                <numerusform>--columns 指定了 %n 列，但这一行有 %1 列</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>expected %n field(s), found %1</source>
            <translation>
                <numerusform>应有 %n 列，这一行却有 %1 列</numerusform>
            </translation>
        </message>
        <message>
            <source>no header row (the file holds only blank lines)</source>
            <translation>没有标题行（文件里只有空行）</translation>
        </message>
        <message>
            <source>--columns names %1, which is not a field of %2</source>
            <translation>--columns 中的 %1 不是%2的字段</translation>
        </message>
        <message>
            <source>missing required column</source>
            <translation>缺少这一必需的列</translation>
        </message>
        <message>
            <source>missing required column (or give quantity and unit_price)</source>
            <translation>缺少这一必需的列（也可以改为提供 quantity 和 unit_price 两列）</translation>
        </message>
        <message>
            <source>column %1 is not a field of %2; ignored</source>
            <translation>%1 列不是%2的字段，已忽略</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more error(s)</source>
            <translation>
                <numerusform>……另有 %n 处错误</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more order(s) whose amount or status changed</source>
            <translation>
                <numerusform>……另有 %n 个订单的金额或状态有变动</numerusform>
            </translation>
        </message>
        <message>
            <source>file does not exist</source>
            <translation>文件不存在</translation>
        </message>
        <message>
            <source>cannot tell the kind of file from its name; name it members.csv, products.csv, orders.csv, events.csv, ratings.csv or interactions.csv (a suffix such as orders-2026.csv is fine), or give --kind</source>
            <translation>无法从文件名判断是哪类数据；请把文件命名为 members.csv、products.csv、orders.csv、events.csv、ratings.csv 或 interactions.csv（可加后缀，如 orders-2026.csv），或用 --kind 指定</translation>
        </message>
        <message>
            <source>--map cannot be used with --no-header --columns (the columns are named by --columns)</source>
            <translation>--map 不能与 --no-header --columns 同时使用（各列已由 --columns 命名）</translation>
        </message>
        <message>
            <source>import cancelled; nothing was written</source>
            <translation>导入已取消，没有写入任何数据</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>这是文件夹，不是文件</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>无法读取</translation>
        </message>
        <message>
            <source>file is empty (a header row is required)</source>
            <translation>文件是空的（至少需要一行标题）</translation>
        </message>
        <message>
            <source>the text is empty (a header row is required)</source>
            <translation>内容为空（至少需要一行标题）</translation>
        </message>
        <message>
            <source>UTF-16 text needs a byte-order mark (save it from Excel as &quot;Unicode text&quot;, or as UTF-8)</source>
            <translation>UTF-16 文本需要字节顺序标记（请在 Excel 中另存为“Unicode 文本”，或另存为 UTF-8）</translation>
        </message>
        <message>
            <source>a quoted field is never closed (unterminated quote)</source>
            <translation>有一个带引号的字段没有结束（缺少右引号）</translation>
        </message>
        <message>
            <source>record longer than 16 MiB (an unclosed quote?)</source>
            <translation>这一行超过 16 MiB（可能有引号没有闭合）</translation>
        </message>
        <message>
            <source>invalid UTF-8 (the bytes look like Chinese text as Excel in China saves it: import with --encoding gb18030)</source>
            <translation>不是有效的 UTF-8 文本（看起来是中文版 Excel 保存的中文编码：请加 --encoding gb18030 重新导入）</translation>
        </message>
        <message>
            <source>invalid UTF-8 (the bytes look like Western text as Excel saves it: import with --encoding windows-1252)</source>
            <translation>不是有效的 UTF-8 文本（看起来是西文版 Excel 保存的西文编码：请加 --encoding windows-1252 重新导入）</translation>
        </message>
        <message>
            <source>is not an XLSX workbook (not a zip archive)</source>
            <translation>不是 XLSX 工作簿（不是 zip 压缩包）</translation>
        </message>
        <message>
            <source>is not an XLSX workbook (no xl/workbook.xml)</source>
            <translation>不是 XLSX 工作簿（缺少 xl/workbook.xml）</translation>
        </message>
        <message>
            <source>is encrypted (password-protected) or an old .xls workbook; save it from Excel as .xlsx without a password</source>
            <translation>文件已加密（设有密码），或是旧版 .xls 工作簿；请在 Excel 中去掉密码后另存为 .xlsx</translation>
        </message>
        <message>
            <source>is encrypted (password-protected); save it from Excel without a password</source>
            <translation>文件已加密（设有密码）；请在 Excel 中去掉密码后重新保存</translation>
        </message>
        <message>
            <source>the workbook has no sheet</source>
            <translation>工作簿里没有工作表</translation>
        </message>
        <message>
            <source>unknown time zone %1 (use an IANA name such as Asia/Shanghai, Europe/Berlin or UTC)</source>
            <translation>未知的时区 %1（请使用 IANA 时区名，如 Asia/Shanghai、Europe/Berlin 或 UTC）</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a column and its problem</comment>
            <translation>%1 列：%2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a file or line and its problem</comment>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1:%2</source>
            <translation>%1 第 %2 行</translation>
        </message>
        <message>
            <source>&apos;%1&apos;</source>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>paid</source>
            <translation>已支付</translation>
        </message>
        <message>
            <source>refunded</source>
            <translation>已退款</translation>
        </message>
        <message>
            <source>%1 is not one of %2</source>
            <translation>%1 不是可用的值（可用：%2）</translation>
        </message>
        <message>
            <source>%1 differs from this database&apos;s currency %2 (one database holds one currency)</source>
            <translation>币种 %1 与本数据库的币种 %2 不一致（一个数据库只能使用一种币种）</translation>
        </message>
        <message>
            <source>order %1 has a line for another member at %2 (the lines of one order must agree on member_id)</source>
            <translation>订单 %1 在 %2有一行属于另一位会员（同一订单的各行 member_id 必须一致）</translation>
        </message>
        <message>
            <source>order %1 has a line with status %3 at %2 (the lines of one order must agree on status)</source>
            <translation>订单 %1 在 %2有一行的状态是“%3”（同一订单的各行 status 必须一致）</translation>
        </message>
        <message>
            <source>--map &apos;%1=%2&apos;: %3 have no field %4</source>
            <translation>--map &apos;%1=%2&apos;：%3没有 %4 这个字段</translation>
        </message>
        <message>
            <source>columns %1 and %2 both give this field</source>
            <translation>%1 和 %2 两列对应的是同一个字段</translation>
        </message>
        <message>
            <source>amount %1 → %2</source>
            <translation>金额 %1 → %2</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>status %1 → %2</source>
            <translation>状态 %1 → %2</translation>
        </message>
        <message>
            <source>order %1 changed: %2</source>
            <translation>订单 %1 有变动：%2</translation>
        </message>
        <message>
            <source>--value &apos;%1&apos;: no file of this import has a field %2</source>
            <translation>--value &apos;%1&apos;：本次导入的文件都没有 %2 这个字段</translation>
        </message>
        <message>
            <source>--map &apos;%1&apos;: no file of this import has a column %2</source>
            <translation>--map &apos;%1&apos;：本次导入的文件都没有 %2 这一列</translation>
        </message>
        <message>
            <source>the database could not be written (%1)</source>
            <translation>无法写入数据库（%1）</translation>
        </message>
        <message>
            <source>more than %1 columns</source>
            <translation>超过 %1 列</translation>
        </message>
        <message>
            <source>text after the closing quote of field %1</source>
            <translation>第 %1 个字段的右引号后面还有文字</translation>
        </message>
        <message>
            <source>bytes that are not valid %1 text</source>
            <translation>含有不符合 %1 编码的字节</translation>
        </message>
        <message>
            <source>the workbook is damaged (%1)</source>
            <translation>工作簿已损坏（%1）</translation>
        </message>
        <message>
            <source>has no sheet named %1 (its sheets: %2)</source>
            <translation>没有名为 %1 的工作表（现有工作表：%2）</translation>
        </message>
        <message>
            <source>the shared strings are damaged (%1)</source>
            <translation>工作簿的共享字符串已损坏（%1）</translation>
        </message>
        <message>
            <source>the sheet %1 is missing from the workbook</source>
            <translation>工作簿中缺少工作表 %1</translation>
        </message>
        <message>
            <source>the sheet %1 cannot be read</source>
            <translation>无法读取工作表 %1</translation>
        </message>
        <message>
            <source>a cell names shared string %1, which the workbook does not have</source>
            <translation>有单元格引用了第 %1 个共享字符串，但工作簿里没有它</translation>
        </message>
        <message>
            <source>the worksheet is damaged (%1)</source>
            <translation>工作表已损坏（%1）</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>第 %1 行</translation>
        </message>
        <message>
            <source>%1: column %2: %3</source>
            <translation>%1，%2 列：%3</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>out of memory</source>
            <translation>内存不足</translation>
        </message>
        <message>
            <source>out of memory while computing the action lists</source>
            <translation>计算今日待办名单时内存不足</translation>
        </message>
        <message>
            <source>unknown product</source>
            <translation>没有这个商品</translation>
        </message>
        <message>
            <source>the %1 model is not prepared</source>
            <translation>%1 模型尚未准备好</translation>
        </message>
        <message>
            <source>out of memory while scoring the audience</source>
            <translation>为目标人群打分时内存不足</translation>
        </message>
        <message>
            <source>not enough memory to build the %1 model</source>
            <translation>内存不足，无法建立 %1 模型</translation>
        </message>
        <message>
            <source>not enough memory for the evaluation</source>
            <translation>内存不足，无法完成评估</translation>
        </message>
        <message>
            <source>not enough memory to evaluate %1</source>
            <translation>内存不足，无法评估 %1</translation>
        </message>
        <message>
            <source>not enough memory for the interaction network</source>
            <translation>内存不足，无法分析互动网络</translation>
        </message>
        <message>
            <source>the interaction graph has too many edges for 32-bit edge indices</source>
            <translation>互动网络的连线太多，超出了 32 位索引的上限</translation>
        </message>
        <message>
            <source>database %1 already holds data; the demo needs a new database</source>
            <translation>数据库 %1 里已经有数据；示例社群需要一个新的数据库</translation>
        </message>
        <message>
            <source>database %1 does not exist</source>
            <translation>数据库 %1 不存在</translation>
        </message>
        <message>
            <source>cannot create database %1: folder %2 does not exist</source>
            <translation>无法创建数据库 %1：文件夹 %2 不存在</translation>
        </message>
        <message>
            <source>cannot create database %1: folder %2 is not writable</source>
            <translation>无法创建数据库 %1：没有写入文件夹 %2 的权限</translation>
        </message>
        <message>
            <source>database %1 is a folder, not a file</source>
            <translation>%1 是一个文件夹，不是数据库文件</translation>
        </message>
        <message>
            <source>%1 is not a Kinsight database (not an SQLite file)</source>
            <translation>%1 不是 Kinsight 数据库（不是 SQLite 文件）</translation>
        </message>
        <message>
            <source>cannot open database %1: %2</source>
            <translation>无法打开数据库 %1：%2</translation>
        </message>
        <message>
            <source>%1 is not a readable Kinsight database: %2</source>
            <translation>%1 不是可读取的 Kinsight 数据库：%2</translation>
        </message>
        <message>
            <source>database %1 was written by a newer Kinsight (schema version %2; this version reads up to %3). Please update Kinsight.</source>
            <translation>数据库 %1 由更新版本的 Kinsight 写入（数据结构版本 %2，当前版本最高只能读取 %3）。请升级 Kinsight。</translation>
        </message>
        <message>
            <source>%1 is an SQLite database, but not a Kinsight one</source>
            <translation>%1 是 SQLite 数据库，但不是 Kinsight 的数据库</translation>
        </message>
        <message>
            <source>database %1 is damaged (the file ends after %2 of its %3 pages); restore a backup, or re-import your files into a new database</source>
            <translation>数据库 %1 已损坏（文件在其 %3 页中的第 %2 页后就结束了）；请恢复备份，或把文件重新导入一个新数据库</translation>
        </message>
        <message>
            <source>database %1 is damaged (%2); restore a backup, or re-import your files into a new database</source>
            <translation>数据库 %1 已损坏（%2）；请恢复备份，或把文件重新导入一个新数据库</translation>
        </message>
        <message>
            <source>database %1 is empty: import data or create a demo first</source>
            <translation>数据库 %1 是空的：请先导入数据，或创建演示社群</translation>
        </message>
        <message>
            <source>database %1 uses an older schema and cannot be upgraded: %2</source>
            <translation>数据库 %1 的数据结构较旧，无法升级：%2</translation>
        </message>
        <message>
            <source>cannot connect to the team database %1: %2</source>
            <translation>无法连接团队数据库 %1：%2</translation>
        </message>
        <message>
            <source>team database %1 is empty: import data or create a demo first</source>
            <translation>团队数据库 %1 是空的：请先导入数据，或创建演示社群</translation>
        </message>
        <message>
            <source>team database %1 holds no Kinsight community yet</source>
            <translation>团队数据库 %1 里还没有 Kinsight 社群</translation>
        </message>
        <message>
            <source>the role &apos;%1&apos; may not create tables in the team database %2: the first import needs the owner&apos;s role (see docs/team-database.md)</source>
            <translation>角色 “%1” 无权在团队数据库 %2 中建表：第一次导入需要使用所有者的角色（见 docs/team-database.md）</translation>
        </message>
        <message>
            <source>database %1 is damaged: %2 (restore a backup, or re-import your files)</source>
            <translation>数据库 %1 已损坏：%2（请恢复备份，或重新导入文件）</translation>
        </message>
        <message>
            <source>database %1 names an unknown time zone %2</source>
            <translation>数据库 %1 设置的时区 %2 无法识别</translation>
        </message>
        <message>
            <source>not enough memory to load database %1</source>
            <translation>内存不足，无法载入数据库 %1</translation>
        </message>
        <message>
            <source>database %1 already exists: copy into a new file</source>
            <translation>数据库 %1 已存在：请复制到一个新文件</translation>
        </message>
        <message>
            <source>database %1 already holds a community: copy into an empty one</source>
            <translation>数据库 %1 里已有社群数据：请复制到一个空数据库</translation>
        </message>
        <message>
            <source>an order refers to a member or product that is not there</source>
            <translation>有订单指向不存在的会员或商品</translation>
        </message>
        <message>
            <source>an event refers to a member or product that is not there</source>
            <translation>有行为记录指向不存在的会员或商品</translation>
        </message>
        <message>
            <source>a rating refers to a member or product that is not there, or is out of range</source>
            <translation>有评分指向不存在的会员或商品，或分值超出范围</translation>
        </message>
        <message>
            <source>an interaction refers to a member that is not there</source>
            <translation>有互动记录指向不存在的会员</translation>
        </message>
        <message>
            <source>an order line refers to an order or product that is not there</source>
            <translation>有订单明细指向不存在的订单或商品</translation>
        </message>
        <message>
            <source>cannot write snapshot file %1: %2</source>
            <translation>无法写入快照文件 %1：%2</translation>
        </message>
        <message>
            <source>cannot open snapshot file %1: %2</source>
            <translation>无法打开快照文件 %1：%2</translation>
        </message>
        <message>
            <source>cannot map snapshot file %1 into memory: %2</source>
            <translation>无法把快照文件 %1 映射到内存：%2</translation>
        </message>
        <message>
            <source>snapshot file %1 is not a regular file</source>
            <translation>快照文件 %1 不是普通文件</translation>
        </message>
        <message>
            <source>snapshot file %1 is readable by other users, or belongs to someone else</source>
            <translation>快照文件 %1 其他用户也能读取，或者属于别的用户</translation>
        </message>
        <message>
            <source>snapshot file %1 is truncated</source>
            <translation>快照文件 %1 不完整（已被截断）</translation>
        </message>
        <message>
            <source>%1 is not a Kinsight snapshot file</source>
            <translation>%1 不是 Kinsight 快照文件</translation>
        </message>
        <message>
            <source>snapshot file %1 has another format version (%2) or byte order</source>
            <translation>快照文件 %1 的格式版本（%2）或字节序与本版本不同</translation>
        </message>
        <message>
            <source>snapshot file %1 was made from another database</source>
            <translation>快照文件 %1 是由另一个数据库生成的</translation>
        </message>
        <message>
            <source>snapshot file %1 is older than the database&apos;s content</source>
            <translation>快照文件 %1 已过期（数据库内容有了变动）</translation>
        </message>
        <message>
            <source>snapshot file %1 is damaged (%2)</source>
            <translation>快照文件 %1 已损坏（%2）</translation>
        </message>
        <message>
            <source>not enough memory to read snapshot file %1</source>
            <translation>内存不足，无法读取快照文件 %1</translation>
        </message>
        <message>
            <source>%1; rebuilding it from the database</source>
            <translation>%1，正在根据数据库重新生成</translation>
        </message>
        <message>
            <source>its header checksum differs</source>
            <translation>文件头校验和不符</translation>
        </message>
        <message>
            <source>its length is not the one its header gives</source>
            <translation>文件长度与文件头记录的不符</translation>
        </message>
        <message>
            <source>its list of columns is out of bounds or its checksum differs</source>
            <translation>列目录越界或校验和不符</translation>
        </message>
        <message>
            <source>its layout is not the one Kinsight writes</source>
            <translation>文件布局与 Kinsight 写入的不一致</translation>
        </message>
        <message>
            <source>a column&apos;s checksum differs or its text is invalid</source>
            <translation>某一列的校验和不符，或其中的文本无效</translation>
        </message>
        <message>
            <source>its content is inconsistent</source>
            <translation>内容前后矛盾</translation>
        </message>
        <message>
            <source>cannot make the local copy of the team database %1: %2</source>
            <translation>无法生成团队数据库 %1 的本地副本：%2</translation>
        </message>
        <message>
            <source>cannot keep the local copy of %1 in %2: %3</source>
            <translation>无法把 %1 的本地副本保存到 %2：%3</translation>
        </message>
        <message>
            <source>cannot make the folder for local copies %1: %2</source>
            <translation>无法创建存放本地副本的文件夹 %1：%2</translation>
        </message>
        <message>
            <source>cannot make a working copy of %1: %2</source>
            <translation>无法为 %1 生成工作副本：%2</translation>
        </message>
        <message>
            <source>team database %1 was opened for reading only</source>
            <translation>团队数据库 %1 是以只读方式打开的</translation>
        </message>
        <message>
            <source>team database %1 was written by a newer Kinsight (schema version %2; this version reads up to %3). Please update Kinsight.</source>
            <translation>团队数据库 %1 由更新版本的 Kinsight 写入（数据结构版本 %2，当前版本最高只能读取 %3）。请升级 Kinsight。</translation>
        </message>
        <message>
            <source>team database %1 is not a Kinsight database (no schema version)</source>
            <translation>团队数据库 %1 不是 Kinsight 数据库（没有数据结构版本）</translation>
        </message>
        <message>
            <source>the role &apos;%1&apos; may only read the team database %2: importing and changing settings need a role with write rights (see docs/team-database.md)</source>
            <translation>角色 “%1” 对团队数据库 %2 只有读取权限：导入数据和修改设置需要有写入权限的角色（见 docs/team-database.md）</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>无法写入 %1</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>the report file must end in .pdf, .html or .xlsx (not %1)</source>
            <translation>报告文件的扩展名必须是 .pdf、.html 或 .xlsx（而不是 %1）</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>无法创建文件夹 %1</translation>
        </message>
        <message>
            <source>cannot draw the PDF %1</source>
            <translation>无法绘制 PDF 文件 %1</translation>
        </message>
        <message>
            <source>cannot create the workbook %1</source>
            <translation>无法创建工作簿 %1</translation>
        </message>
        <message>
            <source>unknown report language %1 (en or zh_CN)</source>
            <translation>未知的报告语言 %1（可选 en 或 zh_CN）</translation>
        </message>
        <message>
            <source>the %1 translation of the reports is missing</source>
            <translation>缺少报告的 %1 翻译</translation>
        </message>
        <message>
            <source>unknown report section %1 (known: %2)</source>
            <translation>未知的报告章节 %1（可用的有：%2）</translation>
        </message>
        <message>
            <source>no report section given (known: %1)</source>
            <translation>没有指定报告章节（可用的有：%1）</translation>
        </message>
        <message>
            <source>the analysis has no community</source>
            <translation>分析里没有社群数据</translation>
        </message>
        <message>
            <source>a report without personal data needs the database&apos;s pseudonym key</source>
            <translation>不含个人信息的报告需要用到数据库的化名密钥</translation>
        </message>
        <message>
            <source>the database has no pseudonym key</source>
            <translation>数据库没有化名密钥</translation>
        </message>
        <message>
            <source>the database&apos;s pseudonym key is not hexadecimal</source>
            <translation>数据库的化名密钥不是十六进制格式</translation>
        </message>
        <message>
            <source>the recommendations are not ready yet</source>
            <translation>推荐结果还没有算好</translation>
        </message>
        <message>
            <source>cannot write the recommendation cache %1: %2</source>
            <translation>无法写入推荐缓存文件 %1：%2</translation>
        </message>
        <message>
            <source>cannot create database %1: %2</source>
            <translation>无法创建数据库 %1：%2</translation>
        </message>
        <message>
            <source>cannot prepare database %1: %2</source>
            <translation>无法初始化数据库 %1：%2</translation>
        </message>
        <message>
            <source>a segment needs a name</source>
            <translation>分群需要一个名称</translation>
        </message>
        <message>
            <source>segment %1: no member has the id %2</source>
            <translation>分群 %1：找不到会员 %2</translation>
        </message>
        <message>
            <source>there is no segment named %1</source>
            <translation>没有名为 %1 的分群</translation>
        </message>
        <message>
            <source>the copy in %1 does not load to the same community (content digest %2, not %3)</source>
            <translation>%1 中的副本载入后与原社群不一致（内容摘要为 %2，而不是 %3）</translation>
        </message>
        <message numerus="yes">
            <source>the copy in %1 holds %n row(s) of %2, not %3</source>
            <translation>
                <numerusform>%1 中的副本有 %n 行 %2 数据，而不是 %3 行</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>Export report</source>
            <translation>导出报告</translation>
        </message>
        <message>
            <source>Writing the report</source>
            <translation>正在生成报告</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>网页 (*.html)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>Report written: %1</source>
            <translation>报告已导出：%1</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Open the report in the program that shows this kind of file</source>
            <translation>用系统默认程序打开报告</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>在文件夹中显示</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>关闭提示</translation>
        </message>
        <message>
            <source>The report could not be written to %1:
%2</source>
            <translation>报告没能写入 %1：
%2</translation>
        </message>
    </context>
    <context>
        <name>QWidget</name>
        <message>
            <source>Export chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG image (*.svg)</source>
            <translation>PNG 图片 (*.png);;SVG 图片 (*.svg)</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
    </context>
    <context>
        <name>Reason</name>
        <message>
            <source>replied to by %1 distinct member</source>
            <translation>收到 %1 位会员的回复</translation>
        </message>
        <message>
            <source>replied to by %1 distinct members</source>
            <translation>收到 %1 位会员的回复</translation>
        </message>
        <message>
            <source>addressed by %1 distinct member</source>
            <translation>%1 位会员与其互动过</translation>
        </message>
        <message>
            <source>addressed by %1 distinct members</source>
            <translation>%1 位会员与其互动过</translation>
        </message>
        <message>
            <source>bridges %1 community</source>
            <translation>连接 %1 个圈子</translation>
        </message>
        <message>
            <source>bridges %1 communities</source>
            <translation>连接 %1 个圈子</translation>
        </message>
        <message>
            <source>silent for at least %1 day</source>
            <translation>已沉默至少 %1 天</translation>
        </message>
        <message>
            <source>silent for at least %1 days</source>
            <translation>已沉默至少 %1 天</translation>
        </message>
        <message>
            <source>active on less than half as many days in the last %1 day</source>
            <translation>近 %1 天的活跃天数不到此前的一半</translation>
        </message>
        <message>
            <source>active on less than half as many days in the last %1 days</source>
            <translation>近 %1 天的活跃天数不到此前的一半</translation>
        </message>
        <message>
            <source>popular: bought by %1 member</source>
            <translation>热门：%1 位会员买过</translation>
        </message>
        <message>
            <source>popular: bought by %1 members</source>
            <translation>热门：%1 位会员买过</translation>
        </message>
        <message>
            <source>popular: bought by %1 member (few personal matches)</source>
            <translation>热门：%1 位会员买过（个性化匹配较少）</translation>
        </message>
        <message>
            <source>popular: bought by %1 members (few personal matches)</source>
            <translation>热门：%1 位会员买过（个性化匹配较少）</translation>
        </message>
        <message>
            <source>bought by %1 member who also bought 《%2》</source>
            <translation>买过《%2》的会员中有 %1 位也买了它</translation>
        </message>
        <message>
            <source>bought by %1 members who also bought 《%2》</source>
            <translation>买过《%2》的会员中有 %1 位也买了它</translation>
        </message>
        <message>
            <source> (and linked to %1 more of their products)</source>
            <translation>（另与其 %1 件已购商品相关）</translation>
        </message>
        <message>
            <source>bought by %1 member with purchases like theirs</source>
            <translation>%1 位购买习惯相近的会员买过</translation>
        </message>
        <message>
            <source>bought by %1 members with purchases like theirs</source>
            <translation>%1 位购买习惯相近的会员买过</translation>
        </message>
        <message>
            <source>new member: popular across the community (bought by %1 member)</source>
            <translation>新会员：全社群热门（%1 位会员买过）</translation>
        </message>
        <message>
            <source>new member: popular across the community (bought by %1 members)</source>
            <translation>新会员：全社群热门（%1 位会员买过）</translation>
        </message>
        <message>
            <source>top %1% PageRank</source>
            <translation>影响力排名前 %1%</translation>
        </message>
        <message>
            <source>top %1% betweenness</source>
            <translation>桥梁作用排名前 %1%</translation>
        </message>
        <message>
            <source>in the innermost %1-core</source>
            <translation>身处最紧密的核心圈（%1 核）</translation>
        </message>
        <message>
            <source>neighbours spend %1× the average member</source>
            <translation>互动对象的人均消费是平均会员的 %1 倍</translation>
        </message>
        <message>
            <source>plan ended without a renewal</source>
            <translation>会员到期未续费</translation>
        </message>
        <message>
            <source>similar members' choice</source>
            <translation>相似会员的选择</translation>
        </message>
        <message>
            <source>bought by their most similar member</source>
            <translation>与其最相似的会员买过</translation>
        </message>
        <message>
            <source>bought by %1 of their %2 most similar members</source>
            <translation>与其最相似的 %2 位会员中有 %1 位买过</translation>
        </message>
        <message>
            <source>similar to 《%1》 which they completed</source>
            <translation>与其学完的《%1》相似</translation>
        </message>
        <message>
            <source>similar to 《%1》 which they bought</source>
            <translation>与其买过的《%1》相似</translation>
        </message>
        <message>
            <source>, </source>
            <extracomment>between the shared keywords of two products</extracomment>
            <translation>、</translation>
        </message>
        <message>
            <source> (shared: %1)</source>
            <translation>（共同关键词：%1）</translation>
        </message>
        <message>
            <source>matches their interests</source>
            <translation>符合其兴趣</translation>
        </message>
        <message>
            <source>fits the pattern of their purchases; closest to 《%1》</source>
            <translation>符合其购买偏好，与《%1》最接近</translation>
        </message>
        <message>
            <source>new member: popular with new members from %1 (%2 started with it)</source>
            <translation>新会员：在来自%1的新会员中受欢迎（%2 人以它入门）</translation>
        </message>
        <message>
            <source>new member: from the catalogue (nobody has bought it yet)</source>
            <translation>新会员：来自商品目录（还没有人买过）</translation>
        </message>
        <message>
            <source>; </source>
            <extracomment>between the reasons of one list</extracomment>
            <translation>；</translation>
        </message>
        <message>
            <source>Tried %1 today and has not bought since</source>
            <translation>今天刚试用了%1，还没有付费</translation>
        </message>
        <message numerus="yes">
            <source>Tried %1 %n day(s) ago and has not bought since</source>
            <translation>
                <numerusform>%n天前试用了%1，至今还没有付费</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Silent for %n day(s)</source>
            <translation>
                <numerusform>已经%n天没有动静</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n paid order(s)</source>
            <translation>
                <numerusform>累计付费%n单</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 after %2</source>
            <translation>%2，%1</translation>
        </message>
        <message>
            <source>The plan for %1 ends today (%2)</source>
            <translation>%1今天到期（%2）</translation>
        </message>
        <message numerus="yes">
            <source>The plan for %1 ends in %n day(s) (%2)</source>
            <translation>
                <numerusform>%1还有%n天到期（%2）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Joined %n day(s) ago and has done nothing yet</source>
            <translation>
                <numerusform>注册%n天了，还没有任何动静</numerusform>
            </translation>
        </message>
        <message>
            <source>Opinion leader with no activity yet</source>
            <translation>意见领袖，还没有任何动静</translation>
        </message>
        <message numerus="yes">
            <source>Opinion leader, quiet for %n day(s)</source>
            <translation>
                <numerusform>意见领袖，已经%n天没有发言和互动</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Has %1; %n member(s) bought both</source>
            <translation>
                <numerusform>已有%1，%n位会员两个都买了</numerusform>
            </translation>
        </message>
        <message>
            <source>Scored high by the %1 recommendations</source>
            <translation>%1推荐模型给出的评分较高</translation>
        </message>
        <message numerus="yes">
            <source>members who bought 《%1》 tend to buy it too (%n member(s) have it)</source>
            <translation>
                <numerusform>买过《%1》的学员也常买它（%n 人已购买）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>members who took 《%1》 most often took 《%2》 next (%n member(s))</source>
            <translation>
                <numerusform>学完《%1》的学员最常接着学《%2》（%n 人）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) who took 《%1》 took 《%2》 next</source>
            <translation>
                <numerusform>%n 位学完《%1》的学员接着学了《%2》</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>taken by %1 of the %n people they interact with</source>
            <translation>
                <numerusform>与其互动的 %n 人中有 %1 人已购买</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no interactions with other members yet: popular instead (bought by %n member(s))</source>
            <translation>
                <numerusform>尚未与其他学员互动：改为推荐热门（%n 人已购买）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>popular: bought by %n member(s) (few personal matches)</source>
            <translation>
                <numerusform>热门：%n 人已购买（个性化匹配较少）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::AnalysisController</name>
        <message>
            <source>Loading %1</source>
            <translation>正在加载 %1</translation>
        </message>
        <message>
            <source>Creating the demo community</source>
            <translation>正在创建演示社群</translation>
        </message>
        <message>
            <source>Creating %1</source>
            <translation>正在创建 %1</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n file(s)</source>
            <translation>
                <numerusform>正在导入 %n 个文件</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2): %3 read, %4 imported, %5 already present, %6 rejected</source>
            <translation>%1（%2）：读取 %3 行，导入 %4 行，已存在 %5 行，拒绝 %6 行</translation>
        </message>
        <message>
            <source>… and %1 more errors</source>
            <translation>……还有 %1 个错误</translation>
        </message>
        <message>
            <source>Cancelled: nothing was imported.</source>
            <translation>已取消：未导入任何数据。</translation>
        </message>
        <message>
            <source>Analysing</source>
            <translation>正在分析</translation>
        </message>
        <message>
            <source>Recommending</source>
            <translation>正在生成推荐</translation>
        </message>
        <message>
            <source>Evaluating the methods</source>
            <translation>正在评估推荐方法</translation>
        </message>
        <message>
            <source>Comparing A and B</source>
            <translation>正在比较 A 与 B</translation>
        </message>
        <message>
            <source>Leaders over time</source>
            <translation>意见领袖变化趋势</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Choosing the best method</source>
            <translation>正在选择最合适的方法</translation>
        </message>
        <message>
            <source>Finding the audience</source>
            <translation>正在查找目标会员</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::ChartWidget</name>
        <message>
            <source>Export as PNG or SVG…</source>
            <translation>导出为 PNG 或 SVG…</translation>
        </message>
        <message>
            <source>chart</source>
            <translation>图表</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::ConversionPage</name>
        <message>
            <source>Conversion</source>
            <translation>转化</translation>
        </message>
        <message>
            <source>Conversion &amp;window</source>
            <translation>转化窗口(&amp;W)</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>A step counts only when reached within this many days of joining (0: no limit).</source>
            <translation>只统计注册后这么多天内达到的步骤（0：不限）。</translation>
        </message>
        <message>
            <source>&amp;Break down by</source>
            <translation>拆分维度(&amp;B)</translation>
        </message>
        <message>
            <source>Nothing</source>
            <translation>不拆分</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Cohort month</source>
            <translation>注册月份</translation>
        </message>
        <message>
            <source>Cohort week</source>
            <translation>注册周</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Funnel step: %1</source>
            <translation>漏斗步骤：%1</translation>
        </message>
        <message>
            <source>No members yet: import a members file.</source>
            <translation>还没有会员：请导入会员文件。</translation>
        </message>
        <message>
            <source>No paid or trial orders yet: import an orders file to see who pays.</source>
            <translation>还没有付费或试用订单：请导入订单文件，查看谁在付费。</translation>
        </message>
        <message>
            <source>Each step counts the members who meet it and every earlier step%1. Median days from joining to the first paid order: %2; from the first trial to paying: %3.</source>
            <translation>每一步统计满足该步及之前所有步骤的会员%1。从注册到首次付费的中位天数：%2；从首次试用到付费：%3。</translation>
        </message>
        <message numerus="yes">
            <source> within %n day(s) of joining</source>
            <translation>
                <numerusform>（注册后 %n 天内）</numerusform>
            </translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>漏斗</translation>
        </message>
        <message>
            <source>Step (click a bar for its members)</source>
            <translation>步骤（点击柱形查看会员）</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>From previous</source>
            <translation>较上一步</translation>
        </message>
        <message>
            <source>From start</source>
            <translation>较起点</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <source>Paying rate</source>
            <translation>付费率</translation>
        </message>
        <message>
            <source>Trial-to-paid rate</source>
            <translation>试用转付费率</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::FilesPage</name>
        <message>
            <source>Choose the files to import</source>
            <translation>选择要导入的文件</translation>
        </message>
        <message>
            <source>CSV files of members, products, orders, events, ratings or interactions. Check what each file holds and its text encoding.</source>
            <translation>会员、商品、订单、行为、评分或互动的 CSV 文件。请确认每个文件的内容类型和文本编码。</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>&amp;Add files…</source>
            <translation>添加文件(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>移除(&amp;R)</translation>
        </message>
        <message>
            <source>Files are imported together in one step: members and products first, then the rows that refer to them. If any row is invalid, nothing is imported unless you choose to skip invalid rows.</source>
            <translation>所有文件一步导入：先导入会员和商品，再导入引用它们的数据。只要有一行无效，就不会导入任何数据，除非选择跳过无效行。</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>请选择…</translation>
        </message>
        <message>
            <source>Automatic (detected: %1)</source>
            <translation>自动（检测为 %1）</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <source>Choose what the file holds.</source>
            <translation>请选择文件内容类型。</translation>
        </message>
        <message numerus="yes">
            <source>%n column(s)</source>
            <translation>
                <numerusform>%n 列</numerusform>
            </translation>
        </message>
        <message>
            <source>Import files</source>
            <translation>导入文件</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::HeatmapModel</name>
        <message>
            <source>Mean</source>
            <translation>平均</translation>
        </message>
        <message>
            <source>Not reached yet: this period is after the end of the data.</source>
            <translation>尚未到达：该周期在数据截止日之后。</translation>
        </message>
        <message>
            <source>Mean of period %1 over %2 cohorts: %3</source>
            <translation>第 %1 期在 %2 个同期群中的平均值：%3</translation>
        </message>
        <message>
            <source>%1, period %2: %3 of %4 members (%5). Double-click to list them.</source>
            <translation>%1，第 %2 期：%4 位会员中的 %3 位（%5）。双击列出这些会员。</translation>
        </message>
        <message>
            <source>%1, period %2: %3 (revenue %4). Double-click to list the buyers.</source>
            <translation>%1，第 %2 期：%3（收入 %4）。双击列出购买者。</translation>
        </message>
        <message>
            <source>Cohort · group</source>
            <translation>同期群 · 分组</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>同期群</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>W%1</source>
            <translation>第%1周</translation>
        </message>
        <message>
            <source>M%1</source>
            <translation>第%1月</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::ImportFields</name>
        <message>
            <source>Member ID</source>
            <translation>会员 ID</translation>
        </message>
        <message>
            <source>Joined at</source>
            <translation>注册时间</translation>
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
            <translation>手机号</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Referrer ID</source>
            <translation>推荐人 ID</translation>
        </message>
        <message>
            <source>Product ID</source>
            <translation>商品 ID</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>商品名称</translation>
        </message>
        <message>
            <source>Product type</source>
            <translation>商品类型</translation>
        </message>
        <message>
            <source>Price tier</source>
            <translation>价格档位</translation>
        </message>
        <message>
            <source>List price</source>
            <translation>原价</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Created at</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>Order ID</source>
            <translation>订单号</translation>
        </message>
        <message>
            <source>Paid at</source>
            <translation>支付时间</translation>
        </message>
        <message>
            <source>Amount paid</source>
            <translation>实付金额</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Billing plan</source>
            <translation>付费周期</translation>
        </message>
        <message>
            <source>Order status</source>
            <translation>订单状态</translation>
        </message>
        <message>
            <source>Coupon</source>
            <translation>优惠券</translation>
        </message>
        <message>
            <source>Occurred at</source>
            <translation>发生时间</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>评分</translation>
        </message>
        <message>
            <source>Rated at</source>
            <translation>评分时间</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>评价内容</translation>
        </message>
        <message>
            <source>From member ID</source>
            <translation>发起会员 ID</translation>
        </message>
        <message>
            <source>To member ID</source>
            <translation>目标会员 ID</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>权重</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::ImportPlan</name>
        <message>
            <source>The file is empty: it has no header row.</source>
            <translation>文件为空：没有表头行。</translation>
        </message>
        <message>
            <source>The header row cannot be read: %1</source>
            <translation>无法读取表头行：%1</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>订单</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>行为</translation>
        </message>
        <message>
            <source>Ratings</source>
            <translation>评分</translation>
        </message>
        <message>
            <source>Interactions</source>
            <translation>互动</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>自动</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::ImportWizard</name>
        <message>
            <source>Import data</source>
            <translation>导入数据</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::LevelPreview</name>
        <message>
            <source>Level preview appears once scores are computed.</source>
            <translation>得分计算完成后显示等级预览。</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::MainWindow</name>
        <message>
            <source>Open &amp;team database…</source>
            <translation>打开团队数据库(&amp;T)…</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%2 上的 %1</translation>
        </message>
        <message>
            <source>PostgreSQL · %1</source>
            <translation>PostgreSQL · %1</translation>
        </message>
        <message>
            <source>SQLite · %1</source>
            <translation>SQLite · %1</translation>
        </message>
        <message>
            <source>Open team database</source>
            <translation>打开团队数据库</translation>
        </message>
        <message>
            <source>PostgreSQL URI (postgresql://user@host/dbname; the password comes from ~/.pgpass or PGPASSWORD, never from Kinsight):</source>
            <translation>PostgreSQL URI（postgresql://用户@主机/数据库；密码取自 ~/.pgpass 或 PGPASSWORD，Kinsight 从不保存密码）：</translation>
        </message>
        <message>
            <source>&apos;%1&apos; is not a PostgreSQL URI (postgresql://…)</source>
            <translation>'%1' 不是 PostgreSQL URI（postgresql://…）</translation>
        </message>
        <message>
            <source>Kinsight</source>
            <translation>Kinsight</translation>
        </message>
        <message>
            <source>%1 (Ctrl+%2)</source>
            <translation>%1 (Ctrl+%2)</translation>
        </message>
        <message>
            <source>Thresholds</source>
            <translation>阈值</translation>
        </message>
        <message>
            <source>Could not open the database</source>
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <source>Analysis failed: %1</source>
            <translation>分析失败：%1</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Import finished.</source>
            <translation>导入完成。</translation>
        </message>
        <message>
            <source>Import failed: nothing was imported</source>
            <translation>导入失败：未导入任何数据</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>新建数据库(&amp;N)…</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>新建数据库</translation>
        </message>
        <message>
            <source>Kinsight databases (*.db)</source>
            <translation>Kinsight 数据库 (*.db)</translation>
        </message>
        <message>
            <source>%1 already exists; open it with File › Open.</source>
            <translation>%1 已存在；请通过“文件 › 打开”打开它。</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>打开数据库(&amp;O)…</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <source>Kinsight databases (*.db *.sqlite);;All files (*)</source>
            <translation>Kinsight 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>Open the &amp;demo community</source>
            <translation>打开演示社群(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <source>&amp;Export report…</source>
            <translation>导出报告(&amp;E)…</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Thresholds panel</source>
            <translation>阈值面板(&amp;T)</translation>
        </message>
        <message>
            <source>Ctrl+T</source>
            <translation>Ctrl+T</translation>
        </message>
        <message>
            <source>&amp;Find member</source>
            <translation>查找会员(&amp;F)</translation>
        </message>
        <message>
            <source>Re&amp;load database</source>
            <translation>重新加载数据库(&amp;L)</translation>
        </message>
        <message>
            <source>T&amp;heme</source>
            <translation>主题(&amp;H)</translation>
        </message>
        <message>
            <source>Follow the &amp;system</source>
            <translation>跟随系统(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>浅色(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>深色(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Analysis</source>
            <translation>分析(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
        <message>
            <source>Reset &amp;thresholds</source>
            <translation>重置阈值(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Kinsight</source>
            <translation>关于 Kinsight(&amp;A)</translation>
        </message>
        <message>
            <source>About Kinsight</source>
            <translation>关于 Kinsight</translation>
        </message>
        <message>
            <source>&lt;b&gt;Kinsight %1&lt;/b&gt;&lt;p&gt;Community insight for paid-knowledge creators: who your members are, how engaged they are, who leads opinion, and what to offer each of them next.&lt;/p&gt;</source>
            <translation>&lt;b&gt;Kinsight %1&lt;/b&gt;&lt;p&gt;为知识付费创作者打造的社群洞察工具：了解你的会员是谁、有多活跃、谁是意见领袖，以及下一步该向每位会员推荐什么。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancel the running analysis (Esc)</source>
            <translation>取消正在进行的分析 (Esc)</translation>
        </message>
        <message>
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <source>%1 — Kinsight</source>
            <translation>%1 — Kinsight</translation>
        </message>
        <message>
            <source>No imports yet</source>
            <translation>尚未导入</translation>
        </message>
        <message>
            <source>Last import %1</source>
            <translation>上次导入 %1</translation>
        </message>
        <message>
            <source>No data yet</source>
            <translation>暂无数据</translation>
        </message>
        <message>
            <source>Data %1 – %2</source>
            <translation>数据 %1 – %2</translation>
        </message>
        <message>
            <source>%1 members · %2 products</source>
            <translation>%1 位会员 · %2 个商品</translation>
        </message>
        <message>
            <source>Open or create a database first.</source>
            <translation>请先打开或新建数据库。</translation>
        </message>
        <message>
            <source>Import CSV files</source>
            <translation>导入 CSV 文件</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <source>community.db</source>
            <translation>community.db</translation>
        </message>
        <message>
            <source>Database changed on disk — Reload</source>
            <translation>数据库已在磁盘上更改 — 重新加载</translation>
        </message>
        <message>
            <source>Another program changed this database (an import, say). Reload it to see the new data.</source>
            <translation>另一个程序（例如一次导入）更改了此数据库。重新加载即可看到新数据。</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>Community &amp;settings…</source>
            <translation>社群设置(&amp;S)…</translation>
        </message>
        <message>
            <source>Days, weeks and months begin and end in this zone (File › Community settings)</source>
            <translation>每天、每周、每月都按这个时区划分（文件 › 社群设置）</translation>
        </message>
        <message>
            <source>Time zone %1</source>
            <translation>时区 %1</translation>
        </message>
        <message>
            <source>Community settings</source>
            <translation>社群设置</translation>
        </message>
        <message>
            <source>Analysis cancelled</source>
            <translation>分析已取消</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::MappingPage</name>
        <message>
            <source>kind not chosen</source>
            <translation>未选类型</translation>
        </message>
        <message>
            <source>to match</source>
            <translation>待匹配</translation>
        </message>
        <message>
            <source>Match the columns</source>
            <translation>匹配列</translation>
        </message>
        <message>
            <source>Each column of the file is matched to a field by its name, including the usual Chinese headers. Check the preview and change any match; fields marked * are required.</source>
            <translation>文件中的每一列按列名（包括常见的中文表头）自动匹配到字段。请检查预览，必要时修改匹配；标 * 的字段为必填。</translation>
        </message>
        <message>
            <source>Match &amp;automatically</source>
            <translation>自动匹配(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Files:</source>
            <translation>文件(&amp;F)：</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>前几个值</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <source>Preview of the first rows:</source>
            <translation>前几行预览：</translation>
        </message>
        <message>
            <source>%1 (detected)</source>
            <translation>%1（自动检测）</translation>
        </message>
        <message>
            <source>%1 (chosen)</source>
            <translation>%1（手动选择）</translation>
        </message>
        <message numerus="yes">
            <source>Encoding: %1 · %n column(s)</source>
            <translation>
                <numerusform>编码：%1 · %n 列</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>first %n row(s) shown</source>
            <translation>
                <numerusform>显示前 %n 行</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n 行</numerusform>
            </translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>（不导入）</translation>
        </message>
        <message>
            <source>%1: no column for %2.</source>
            <translation>%1：缺少“%2”列。</translation>
        </message>
        <message>
            <source>%1: more than one column for %2.</source>
            <translation>%1：有多列对应“%2”。</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::MemberPanel</name>
        <message>
            <source>Select a member in the table, or click a node on the Network page, to see their profile, engagement, orders, network position and recommendations.</source>
            <translation>在表格中选择一位会员，或在“互动网络”页点击一个节点，即可查看其资料、活跃度、订单、网络位置和推荐。</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>资料</translation>
        </message>
        <message>
            <source>Member ID</source>
            <translation>会员 ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>注册</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>推荐人</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>活跃度</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Lifecycle</source>
            <translation>生命周期</translation>
        </message>
        <message>
            <source>Last active</source>
            <translation>最近活跃</translation>
        </message>
        <message>
            <source>Churn risk</source>
            <translation>流失风险</translation>
        </message>
        <message>
            <source>Value (RFM)</source>
            <translation>价值 (RFM)</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>分群</translation>
        </message>
        <message>
            <source>R / F / M scores</source>
            <translation>R / F / M 得分</translation>
        </message>
        <message>
            <source>Paid orders</source>
            <translation>付费订单</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>收入</translation>
        </message>
        <message>
            <source>Since last paid order</source>
            <translation>距上次付费</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>订单</translation>
        </message>
        <message>
            <source>Ratings</source>
            <translation>评分</translation>
        </message>
        <message>
            <source>Network position</source>
            <translation>网络位置</translation>
        </message>
        <message>
            <source>Contacts (degree)</source>
            <translation>联系人数（度）</translation>
        </message>
        <message>
            <source>Addressed by</source>
            <translation>被互动人数</translation>
        </message>
        <message>
            <source>Clustering</source>
            <translation>聚类系数</translation>
        </message>
        <message>
            <source>PageRank</source>
            <translation>PageRank</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>圈子</translation>
        </message>
        <message>
            <source>Leader score</source>
            <translation>领袖得分</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>List neighbours</source>
            <translation>列出邻居</translation>
        </message>
        <message>
            <source>Open the members this member interacts with as a list.</source>
            <translation>以列表形式打开与该会员互动的会员。</translation>
        </message>
        <message>
            <source>Neighbours of %1</source>
            <translation>%1 的邻居</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>推荐</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Member 360</source>
            <translation>会员 360</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 (%2 activities)</source>
            <translation>%1（%2 次行为）</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <source>%1 (%2 active days)</source>
            <translation>%1（活跃 %2 天）</translation>
        </message>
        <message>
            <source>not flagged</source>
            <translation>未标记</translation>
        </message>
        <message>
            <source>Levels at the month ends, oldest first: %1</source>
            <translation>各月末的等级（从早到晚）：%1</translation>
        </message>
        <message>
            <source>Activities per month</source>
            <translation>每月行为次数</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>行为次数</translation>
        </message>
        <message>
            <source>%1 / %2 / %3</source>
            <translation>%1 / %2 / %3</translation>
        </message>
        <message>
            <source>no paid order</source>
            <translation>无付费订单</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>评分</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>评价内容</translation>
        </message>
        <message>
            <source>not in the interaction graph</source>
            <translation>不在互动网络中</translation>
        </message>
        <message>
            <source>computing…</source>
            <translation>计算中…</translation>
        </message>
        <message>
            <source>%1 (centrality %2)</source>
            <translation>%1（中心性 %2）</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n 位会员</numerusform>
            </translation>
        </message>
        <message>
            <source>#%1 (%2 members)</source>
            <translation>#%1（%2 位会员）</translation>
        </message>
        <message>
            <source>%1 — an opinion leader</source>
            <translation>%1 — 意见领袖</translation>
        </message>
        <message>
            <source>no standout metric</source>
            <translation>无突出指标</translation>
        </message>
        <message>
            <source>Score over the last 12 months</source>
            <translation>最近 12 个月的得分</translation>
        </message>
        <message>
            <source>Who should I offer this product to?</source>
            <translation>这个商品该推荐给谁？</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::MemberTableModel</name>
        <message>
            <source>Money at risk</source>
            <translation>风险金额</translation>
        </message>
        <message>
            <source>What a member at churn risk has paid in all (empty for members not at risk)</source>
            <translation>有流失风险的会员累计已付金额（无流失风险的会员留空）</translation>
        </message>
        <message>
            <source>%1 ★</source>
            <translation>%1 ★</translation>
        </message>
        <message>
            <source>Member ID</source>
            <translation>会员 ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
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
            <source>Level</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>RFM segment</source>
            <translation>RFM 分群</translation>
        </message>
        <message>
            <source>Lifecycle</source>
            <translation>生命周期</translation>
        </message>
        <message>
            <source>Paid orders</source>
            <translation>付费订单</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>收入</translation>
        </message>
        <message>
            <source>Last active</source>
            <translation>最近活跃</translation>
        </message>
        <message>
            <source>Churn risk</source>
            <translation>流失风险</translation>
        </message>
        <message>
            <source>Leader score</source>
            <translation>领袖得分</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::MembersPage</name>
        <message>
            <source>Close the member&apos;s profile (Esc)</source>
            <translation>关闭会员资料（Esc）</translation>
        </message>
        <message>
            <source>Close the member&apos;s profile</source>
            <translation>关闭会员资料</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <source>Write the listed members, in this order, to a CSV file.</source>
            <translation>按当前顺序把列出的会员写入 CSV 文件。</translation>
        </message>
        <message>
            <source>Search by member ID or name (Ctrl+F)</source>
            <translation>按会员 ID 或姓名搜索 (Ctrl+F)</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>全部等级</translation>
        </message>
        <message>
            <source>Engagement level</source>
            <translation>活跃等级</translation>
        </message>
        <message>
            <source>All RFM segments</source>
            <translation>全部 RFM 分群</translation>
        </message>
        <message>
            <source>RFM segment</source>
            <translation>RFM 分群</translation>
        </message>
        <message>
            <source>All lifecycles</source>
            <translation>全部生命周期</translation>
        </message>
        <message>
            <source>Lifecycle status in the last period</source>
            <translation>最近周期的生命周期状态</translation>
        </message>
        <message>
            <source>Acquisition channel</source>
            <translation>获客渠道</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>全部渠道</translation>
        </message>
        <message>
            <source>Opinion leaders</source>
            <translation>意见领袖</translation>
        </message>
        <message>
            <source>Leaders and others</source>
            <translation>意见领袖及其他</translation>
        </message>
        <message>
            <source>Leaders only</source>
            <translation>仅意见领袖</translation>
        </message>
        <message>
            <source>Not leaders</source>
            <translation>非意见领袖</translation>
        </message>
        <message>
            <source>Churn risk</source>
            <translation>流失风险</translation>
        </message>
        <message>
            <source>Any churn risk state</source>
            <translation>任意流失风险状态</translation>
        </message>
        <message>
            <source>At risk (any reason)</source>
            <translation>有流失风险（任一原因）</translation>
        </message>
        <message>
            <source>Save as segment…</source>
            <translation>保存为分群…</translation>
        </message>
        <message>
            <source>Show all members</source>
            <translation>显示全部会员</translation>
        </message>
        <message>
            <source>(no channel)</source>
            <translation>（无渠道）</translation>
        </message>
        <message>
            <source>%1 members</source>
            <translation>%1 位会员</translation>
        </message>
        <message>
            <source>%1 of %2 members</source>
            <translation>%1 / %2 位会员</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; — %2 members. Filters and search narrow this list further.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — %2 位会员。筛选和搜索可进一步缩小列表。</translation>
        </message>
        <message>
            <source>members</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>Export members</source>
            <translation>导出会员</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>Save as segment</source>
            <translation>保存为分群</translation>
        </message>
        <message>
            <source>Segment name:</source>
            <translation>分群名称：</translation>
        </message>
        <message>
            <source>Saved the segment “%1”.</source>
            <translation>已保存分群“%1”。</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::NetworkCanvas</name>
        <message>
            <source>No interactions between members yet.
Import an interactions file (File › Import…) to see the network.</source>
            <translation>会员之间还没有互动。
请导入互动文件（文件 › 导入…）以查看网络。</translation>
        </message>
        <message>
            <source>%1 %2
Leader score %3%4
Community %5
Click to open the member</source>
            <translation>%1 %2
领袖得分 %3%4
圈子 %5
点击打开该会员</translation>
        </message>
        <message>
            <source> (leader)</source>
            <translation>（意见领袖）</translation>
        </message>
        <message>
            <source>Community %1 · %2</source>
            <translation>圈子 %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::NetworkPage</name>
        <message>
            <source>Network</source>
            <translation>互动网络</translation>
        </message>
        <message>
            <source>Top leaders and their strongest ties. Size: leader score; colour: community; ringed: leader. Wheel to zoom, drag to pan, click a member to open them.</source>
            <translation>头部意见领袖及其最强的联系。大小：领袖得分；颜色：圈子；带圈：意见领袖。滚轮缩放，拖动平移，点击会员可打开。</translation>
        </message>
        <message>
            <source>Reset zoom</source>
            <translation>重置缩放</translation>
        </message>
        <message>
            <source>Opinion leaders</source>
            <translation>意见领袖</translation>
        </message>
        <message>
            <source>List the leader's neighbours</source>
            <translation>列出该意见领袖的邻居</translation>
        </message>
        <message>
            <source>List all leaders</source>
            <translation>列出全部意见领袖</translation>
        </message>
        <message>
            <source>Leaders over time: the top five leaders' scores in each of the last six months' networks.</source>
            <translation>意见领袖变化：前五位意见领袖在最近六个月每月网络中的得分。</translation>
        </message>
        <message>
            <source>Leaders over time could not be computed: %1</source>
            <translation>无法计算意见领袖变化：%1</translation>
        </message>
        <message>
            <source>Leaders over time: there are no opinion leaders at the current settings.</source>
            <translation>意见领袖变化：按当前设置没有意见领袖。</translation>
        </message>
        <message>
            <source>Computing the top five leaders&apos; scores in each of the last six months&apos; networks…</source>
            <translation>正在计算前五位意见领袖在最近六个月每月网络中的得分…</translation>
        </message>
        <message>
            <source>Leaders over time: no interactions between members yet.</source>
            <translation>意见领袖变化：会员之间还没有互动。</translation>
        </message>
        <message>
            <source>Neighbours of leader %1</source>
            <translation>意见领袖 %1 的邻居</translation>
        </message>
        <message>
            <source>Leaders over time</source>
            <translation>意见领袖变化趋势</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Leader score</source>
            <translation>领袖得分</translation>
        </message>
        <message>
            <source>Computing the interaction network…</source>
            <translation>正在计算互动网络…</translation>
        </message>
        <message>
            <source>No interactions between members yet. Import an interactions file (from_member_id, to_member_id, occurred_at) with File › Import… to see who leads opinion.</source>
            <translation>会员之间还没有互动。请通过“文件 › 导入…”导入互动文件（from_member_id、to_member_id、occurred_at），查看谁是意见领袖。</translation>
        </message>
        <message numerus="yes">
            <source>last %n day(s)</source>
            <translation>
                <numerusform>最近 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>all history</source>
            <translation>全部历史</translation>
        </message>
        <message>
            <source>score at least %1</source>
            <translation>得分不低于 %1</translation>
        </message>
        <message>
            <source>the top member by score</source>
            <translation>得分最高的 1 位会员</translation>
        </message>
        <message>
            <source>the top %1 members by score</source>
            <translation>得分最高的 %1 位会员</translation>
        </message>
        <message>
            <source>the top %1 of the network by score</source>
            <translation>网络中得分最高的前 %1</translation>
        </message>
        <message>
            <source>%1 members in the network (%2 of all), %3 ties, %4 communities (modularity %5), average clustering %6; %7 leaders (%8). Interactions: %9.</source>
            <translation>网络中有 %1 位会员（占全部的 %2），%3 条联系，%4 个圈子（模块度 %5），平均聚类系数 %6；意见领袖 %7 位（%8）。互动范围：%9。</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::OverviewPage</name>
        <message>
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>Members who joined on or before the day.</source>
            <translation>截至当天已注册的会员。</translation>
        </message>
        <message>
            <source>Active in 30 days</source>
            <translation>30 天活跃</translation>
        </message>
        <message>
            <source>Members with an activity (an event or a counted order) in the last 30 days: MAU.</source>
            <translation>最近 30 天有行为（行为事件或计入的订单）的会员，即月活。</translation>
        </message>
        <message>
            <source>Stickiness</source>
            <translation>粘性</translation>
        </message>
        <message>
            <source>Mean daily active members over the last 30 days ÷ MAU.</source>
            <translation>最近 30 天日均活跃会员 ÷ 月活。</translation>
        </message>
        <message>
            <source>Paying members</source>
            <translation>付费会员</translation>
        </message>
        <message>
            <source>Members with at least one paid order (amount above zero, not refunded).</source>
            <translation>至少有一笔付费订单（金额大于零且未退款）的会员。</translation>
        </message>
        <message>
            <source>Revenue in 30 days</source>
            <translation>30 天收入</translation>
        </message>
        <message>
            <source>Sum of paid orders in the last 30 days.</source>
            <translation>最近 30 天付费订单金额合计。</translation>
        </message>
        <message>
            <source>Trial to paid</source>
            <translation>试用转付费</translation>
        </message>
        <message>
            <source>Of the members who took a trial, those who paid for an order after their first trial.</source>
            <translation>参加试用的会员中，首次试用后有付费订单的比例。</translation>
        </message>
        <message>
            <source>Active in the 30 days to %1</source>
            <translation>截至 %1 的 30 天内活跃</translation>
        </message>
        <message>
            <source>Engagement level: %1</source>
            <translation>活跃等级：%1</translation>
        </message>
        <message>
            <source>This database is empty.</source>
            <translation>该数据库为空。</translation>
        </message>
        <message>
            <source>Import members, products and orders with File › Import… (Ctrl+I), or open the demo community from the File menu.</source>
            <translation>通过“文件 › 导入…”(Ctrl+I) 导入会员、商品和订单，或从“文件”菜单打开演示社群。</translation>
        </message>
        <message>
            <source>No members yet</source>
            <translation>还没有会员</translation>
        </message>
        <message>
            <source>No activity yet.</source>
            <translation>还没有行为。</translation>
        </message>
        <message>
            <source>No members yet.</source>
            <translation>还没有会员。</translation>
        </message>
        <message>
            <source>Analysing…</source>
            <translation>正在分析…</translation>
        </message>
        <message>
            <source>As of %1, the end of the data. Changes compare with %2, %3 days earlier.</source>
            <translation>截至数据截止日 %1。变化与 %3 天前的 %2 对比。</translation>
        </message>
        <message>
            <source>No orders yet: paying members, revenue and trial-to-paid need an orders file (File › Import…).</source>
            <translation>还没有订单：付费会员、收入和试用转付费需要订单文件（文件 › 导入…）。</translation>
        </message>
        <message>
            <source>No interactions between members yet: the Network page needs an interactions file.</source>
            <translation>会员之间还没有互动：“互动网络”页需要互动文件。</translation>
        </message>
        <message>
            <source>No activity yet: import events or orders to see who is active.</source>
            <translation>还没有行为：请导入行为或订单，查看谁在活跃。</translation>
        </message>
        <message>
            <source>vs previous %1 days</source>
            <translation>较前 %1 天</translation>
        </message>
        <message>
            <source>%1 (%2) %3</source>
            <translation>%3 %1（%2）</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%2 %1</translation>
        </message>
        <message>
            <source>No activity yet</source>
            <translation>还没有行为</translation>
        </message>
        <message>
            <source>No trial orders yet</source>
            <translation>还没有试用订单</translation>
        </message>
        <message>
            <source>No orders yet: import an orders file</source>
            <translation>还没有订单：请导入订单文件</translation>
        </message>
        <message>
            <source>Active members per day</source>
            <translation>每日活跃会员</translation>
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
            <source>WAU (7 days)</source>
            <translation>周活（7 天）</translation>
        </message>
        <message>
            <source>MAU (30 days)</source>
            <translation>月活（30 天）</translation>
        </message>
        <message>
            <source>No activity yet: import events or orders.</source>
            <translation>还没有行为：请导入行为或订单。</translation>
        </message>
        <message>
            <source>Engagement levels</source>
            <translation>活跃等级</translation>
        </message>
        <message>
            <source>Level (click a bar to list its members)</source>
            <translation>等级（点击柱形列出会员）</translation>
        </message>
        <message>
            <source>Lifecycle by %1</source>
            <translation>按%1的生命周期</translation>
        </message>
        <message>
            <source>week</source>
            <translation>周</translation>
        </message>
        <message>
            <source>month</source>
            <translation>月</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Active in %1 days</source>
            <translation>%1 天活跃</translation>
        </message>
        <message>
            <source>Members with an activity (an event or a counted order) in the last %1 days.</source>
            <translation>最近 %1 天有行为（行为事件或计入的订单）的会员。</translation>
        </message>
        <message>
            <source>Revenue in %1 days</source>
            <translation>%1 天收入</translation>
        </message>
        <message>
            <source>Sum of paid orders in the last %1 days.</source>
            <translation>最近 %1 天付费订单金额合计。</translation>
        </message>
        <message>
            <source>Active in the %1 days to %2</source>
            <translation>截至 %2 的 %1 天内活跃</translation>
        </message>
        <message>
            <source>Month, %1 to %2</source>
            <translation>月份（%1 至 %2）</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::PricingPage</name>
        <message>
            <source>Pricing</source>
            <translation>定价</translation>
        </message>
        <message>
            <source>Subscription plans</source>
            <translation>订阅套餐</translation>
        </message>
        <message>
            <source>Buyers of tier %1</source>
            <translation>档位 %1 的购买者</translation>
        </message>
        <message>
            <source>Subscribers of the %1 plan</source>
            <translation>%1套餐的订阅者</translation>
        </message>
        <message>
            <source>No products yet: import a products file (with a tier column) and orders.</source>
            <translation>还没有商品：请导入商品文件（含档位列）和订单。</translation>
        </message>
        <message>
            <source>No paid orders yet: import an orders file to see revenue by tier.</source>
            <translation>还没有付费订单：请导入订单文件，查看各档位收入。</translation>
        </message>
        <message>
            <source>Revenue counts paid orders (amount above zero, not refunded); ARPPU = revenue ÷ buyers; projected LTV = monthly ARPPU ÷ monthly churn of buyers (churn at least %1). Double-click a tier or a plan for its buyers.</source>
            <translation>收入只计付费订单（金额大于零且未退款）；ARPPU = 收入 ÷ 购买人数；预估 LTV = 月 ARPPU ÷ 购买者月流失率（流失率至少 %1）。双击档位或套餐查看其购买者。</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>档位</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>Buyers</source>
            <translation>购买人数</translation>
        </message>
        <message>
            <source>Paid orders</source>
            <translation>付费订单</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>收入</translation>
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
            <source>LTV so far</source>
            <translation>累计 LTV</translation>
        </message>
        <message>
            <source>Projected LTV</source>
            <translation>预估 LTV</translation>
        </message>
        <message>
            <source>Revenue by tier</source>
            <translation>各档位收入</translation>
        </message>
        <message>
            <source>Tier (click for its buyers)</source>
            <translation>档位（点击查看购买者）</translation>
        </message>
        <message>
            <source>Revenue (%1)</source>
            <translation>收入（%1）</translation>
        </message>
        <message>
            <source>No paid orders yet.</source>
            <translation>还没有付费订单。</translation>
        </message>
        <message>
            <source>Revenue per month by tier</source>
            <translation>各档位月收入</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>MRR (plans)</source>
            <translation>MRR（套餐）</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>套餐</translation>
        </message>
        <message>
            <source>Subscribers</source>
            <translation>订阅人数</translation>
        </message>
        <message>
            <source>Renewal orders</source>
            <translation>续费订单</translation>
        </message>
        <message>
            <source>Terms due</source>
            <translation>到期期数</translation>
        </message>
        <message>
            <source>Renewed</source>
            <translation>已续费</translation>
        </message>
        <message>
            <source>Renewal rate</source>
            <translation>续费率</translation>
        </message>
        <message>
            <source>Members enrolled for free (an order of nothing that is not a trial), whom Buyers does not count</source>
            <translation>免费报名的会员（金额为零且不是试用的订单）；“购买人数”不计入他们</translation>
        </message>
        <message>
            <source>Free enrolments</source>
            <translation>免费报名</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::RecommendationsPage</name>
        <message>
            <source>, </source>
            <comment>between the names of the methods</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>推荐</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>方法(&amp;M)</translation>
        </message>
        <message>
            <source>M&amp;ember ID</source>
            <translation>会员 ID(&amp;E)</translation>
        </message>
        <message>
            <source>e.g. a member id from the Members page</source>
            <translation>例如“会员”页中的会员 ID</translation>
        </message>
        <message>
            <source>Recommend</source>
            <translation>推荐</translation>
        </message>
        <message>
            <source>Pick a member to see what to offer them next, and why.</source>
            <translation>选择一位会员，查看下一步该推荐什么以及原因。</translation>
        </message>
        <message>
            <source>Offline evaluation (leave the latest out)</source>
            <translation>离线评估（留出最近一个）</translation>
        </message>
        <message>
            <source>Evaluate all methods</source>
            <translation>评估全部方法</translation>
        </message>
        <message>
            <source>Holds out each member's latest purchase or high rating and checks whether each method's top list finds it (uses the list length and neighbour settings of the thresholds panel).</source>
            <translation>留出每位会员最近一次购买或高评分，检查各方法的推荐列表能否找回它（使用阈值面板中的列表长度和邻居设置）。</translation>
        </message>
        <message>
            <source>A/B comparison</source>
            <translation>A/B 对比</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>Neighbours</source>
            <translation>邻居数</translation>
        </message>
        <message>
            <source>Similarity floor</source>
            <translation>相似度下限</translation>
        </message>
        <message>
            <source>Hybrid α</source>
            <translation>混合 α</translation>
        </message>
        <message>
            <source>A</source>
            <translation>A</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>对比</translation>
        </message>
        <message>
            <source>Hit rate</source>
            <translation>命中率</translation>
        </message>
        <message>
            <source>NDCG</source>
            <translation>NDCG</translation>
        </message>
        <message>
            <source>Run A/B test</source>
            <translation>运行 A/B 测试</translation>
        </message>
        <message>
            <source>personal</source>
            <translation>个性化匹配</translation>
        </message>
        <message>
            <source>popular, to fill the list</source>
            <translation>热门补位</translation>
        </message>
        <message>
            <source>popular, for a new member</source>
            <translation>新会员推荐</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Product ID</source>
            <translation>商品 ID</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>商品名称</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>a seeded sample of the members</source>
            <translation>会员的固定种子抽样</translation>
        </message>
        <message>
            <source>K</source>
            <translation>K</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>会员</translation>
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
            <source>Coverage</source>
            <translation>覆盖率</translation>
        </message>
        <message>
            <source>Comparing the two settings on past purchases…</source>
            <translation>正在用过往购买比较这两种设置…</translation>
        </message>
        <message>
            <source>The difference is significant at the 5% level.</source>
            <translation>差异在 5% 水平上显著。</translation>
        </message>
        <message>
            <source>The difference is not significant at the 5% level.</source>
            <translation>差异在 5% 水平上不显著。</translation>
        </message>
        <message>
            <source>&lt;b&gt;A&lt;/b&gt; (%1): %2 &amp;nbsp; &lt;b&gt;B&lt;/b&gt; (%3): %4&lt;br&gt;Mean difference A − B per member: %5, 95% interval [%6, %7], paired t = %8 over %9 members, &lt;b&gt;p = %10&lt;/b&gt;. %11</source>
            <translation>&lt;b&gt;A&lt;/b&gt;（%1）：%2 &amp;nbsp; &lt;b&gt;B&lt;/b&gt;（%3）：%4&lt;br&gt;每位会员 A − B 的平均差：%5，95% 置信区间 [%6, %7]，配对 t = %8（%9 位会员），&lt;b&gt;p = %10&lt;/b&gt;。%11</translation>
        </message>
        <message>
            <source>all</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>No member with the id “%1”.</source>
            <translation>没有 ID 为“%1”的会员。</translation>
        </message>
        <message numerus="yes">
            <source>%1 %2 — %n order(s). Method: %3.</source>
            <translation>
                <numerusform>%1 %2 — %n 笔订单。方法：%3。</numerusform>
            </translation>
        </message>
        <message>
            <source>No products yet: import products and orders (or ratings) to get recommendations.</source>
            <translation>还没有商品：请导入商品和订单（或评分）以获得推荐。</translation>
        </message>
        <message>
            <source>most popular</source>
            <translation>最热门</translation>
        </message>
        <message>
            <source>bought together</source>
            <translation>常一起购买</translation>
        </message>
        <message>
            <source>members like them</source>
            <translation>相似学员</translation>
        </message>
        <message>
            <source>bought together + members like them</source>
            <translation>常一起购买 + 相似学员</translation>
        </message>
        <message>
            <source>similar content</source>
            <translation>相似内容</translation>
        </message>
        <message>
            <source>purchase patterns (ALS)</source>
            <translation>购买模式（ALS）</translation>
        </message>
        <message>
            <source>whole-catalogue patterns (EASE)</source>
            <translation>全站购买规律（EASE）</translation>
        </message>
        <message>
            <source>what comes next</source>
            <translation>学习顺序</translation>
        </message>
        <message>
            <source>what their contacts bought</source>
            <translation>好友在学</translation>
        </message>
        <message>
            <source>Nobody has two purchases yet, so the methods cannot be compared.</source>
            <translation>还没有学员购买过两次，暂时无法比较各方法。</translation>
        </message>
        <message>
            <source>For your community, '%1' finds the next purchase best (%2 of the time).</source>
            <translation>在您的社群中，“%1”最能猜中下一次购买（命中率 %2）。</translation>
        </message>
        <message>
            <source>For your community, '%1' finds the next purchase %2 of the time; '%3' never.</source>
            <translation>在您的社群中，“%1”猜中下一次购买的比例为 %2；“%3”一次也没有猜中。</translation>
        </message>
        <message>
            <source>For your community, '%1' finds the next purchase %2× as often as '%3'.</source>
            <translation>在您的社群中，“%1”猜中下一次购买的次数是“%3”的 %2 倍。</translation>
        </message>
        <message>
            <source>Then, best first: %1.</source>
            <translation>其余依次为：%1。</translation>
        </message>
        <message>
            <source>Offline comparison of two settings</source>
            <translation>两种设置的离线对比</translation>
        </message>
        <message>
            <source>Replays the held-out purchases for both settings on the same members and tests the paired difference. It is not a live A/B experiment.</source>
            <translation>用同一批学员留出的购买记录回放两种设置，并检验配对差异。这不是线上 A/B 实验。</translation>
        </message>
        <message>
            <source>Compare on past purchases</source>
            <translation>用历史购买对比</translation>
        </message>
        <message>
            <source>95% bootstrap interval: %1 – %2</source>
            <translation>95% 自助法置信区间：%1 – %2</translation>
        </message>
        <message>
            <source>Chosen automatically: &apos;%1&apos;. Nobody has three purchases yet, so the methods cannot be compared on your community; this is the default.</source>
            <translation>自动选择：“%1”。还没有会员购买过三次，暂时无法在您的社群中比较各方法；这是默认方法。</translation>
        </message>
        <message numerus="yes">
            <source>Chosen automatically: &apos;%1&apos;. Replaying each member&apos;s second-latest purchase (%n member(s)), it found it best: NDCG@%2 %3</source>
            <translation>
                <numerusform>自动选择：“%1”。回放每位会员倒数第二次购买（%n 位会员）时，它找得最准：NDCG@%2 为 %3</numerusform>
            </translation>
        </message>
        <message>
            <source>, ahead of &apos;%1&apos; (%2)</source>
            <translation>，领先于“%1”（%2）</translation>
        </message>
        <message>
            <source>; it finds that purchase %1× as often as &apos;%2&apos;</source>
            <translation>；猜中这次购买的次数是“%2”的 %1 倍</translation>
        </message>
        <message>
            <source>Automatic (the best for your community)</source>
            <translation>自动（最适合您社群的方法）</translation>
        </message>
        <message>
            <source>Comparing the methods on your community&apos;s past purchases…</source>
            <translation>正在用您社群的历史购买比较各方法…</translation>
        </message>
        <message>
            <source>Who should I offer this product to?</source>
            <translation>这个商品该推荐给谁？</translation>
        </message>
        <message>
            <source>Automatic: %1</source>
            <translation>自动：%1</translation>
        </message>
        <message>
            <source>&amp;Product</source>
            <translation>商品(&amp;P)</translation>
        </message>
        <message>
            <source>Find members</source>
            <translation>查找会员</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <source>The members most likely to buy the product next, never one who has it.</source>
            <translation>最可能下一步购买该商品的会员，不含已拥有它的会员。</translation>
        </message>
        <message>
            <source>audience-%1</source>
            <translation>目标会员-%1</translation>
        </message>
        <message>
            <source>audience</source>
            <translation>目标会员</translation>
        </message>
        <message>
            <source>Export the audience</source>
            <translation>导出目标会员</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>Member ID</source>
            <translation>会员 ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Nobody to offer 《%1》 to yet: no member without it scores it above zero.</source>
            <translation>暂时没有可推荐《%1》的会员：尚未拥有它的会员得分都不高于零。</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) to offer 《%1》 to, most likely first (method: %2).</source>
            <translation>
                <numerusform>可向 %n 位会员推荐《%1》，最可能购买的排在前面（方法：%2）。</numerusform>
            </translation>
        </message>
        <message>
            <source>No product with the id “%1”.</source>
            <translation>没有 ID 为“%1”的商品。</translation>
        </message>
        <message>
            <source>Finding the members most likely to buy 《%1》…</source>
            <translation>正在查找最可能购买《%1》的会员…</translation>
        </message>
        <message>
            <source>%1.</source>
            <extracomment>The end of a sentence built from the parts before (a full stop in the interface&apos;s script).</extracomment>
            <translation>%1。</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::RetentionPage</name>
        <message>
            <source>Retention</source>
            <translation>留存</translation>
        </message>
        <message>
            <source>&amp;Cohorts by</source>
            <translation>同期群按(&amp;C)</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>ISO week</source>
            <translation>ISO 周</translation>
        </message>
        <message>
            <source>&amp;Active</source>
            <translation>活跃口径(&amp;A)</translation>
        </message>
        <message>
            <source>in the period</source>
            <translation>当期活跃</translation>
        </message>
        <message>
            <source>in the period or later</source>
            <translation>当期或之后活跃</translation>
        </message>
        <message>
            <source>&amp;Measure</source>
            <translation>度量(&amp;M)</translation>
        </message>
        <message>
            <source>Members retained</source>
            <translation>留存会员</translation>
        </message>
        <message>
            <source>Revenue retained</source>
            <translation>留存收入</translation>
        </message>
        <message>
            <source>Revenue per member</source>
            <translation>人均收入</translation>
        </message>
        <message>
            <source>&amp;Relative to</source>
            <translation>相对于(&amp;R)</translation>
        </message>
        <message>
            <source>Period 0</source>
            <translation>第 0 期</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>上一周期</translation>
        </message>
        <message>
            <source>&amp;Breakdown</source>
            <translation>拆分(&amp;B)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>First tier</source>
            <translation>首购档位</translation>
        </message>
        <message>
            <source>First product</source>
            <translation>首购商品</translation>
        </message>
        <message>
            <source>Export heat map…</source>
            <translation>导出热力图…</translation>
        </message>
        <message>
            <source>retention</source>
            <translation>留存</translation>
        </message>
        <message>
            <source>Cohort %1</source>
            <translation>同期群 %1</translation>
        </message>
        <message>
            <source>active</source>
            <translation>活跃</translation>
        </message>
        <message>
            <source>paying</source>
            <translation>付费</translation>
        </message>
        <message>
            <source>Cohort %1, %2 in period %3</source>
            <translation>同期群 %1，第 %3 期%2</translation>
        </message>
        <message>
            <source>No members yet: import a members file to see cohorts.</source>
            <translation>还没有会员：请导入会员文件以查看同期群。</translation>
        </message>
        <message>
            <source>No members yet.</source>
            <translation>还没有会员。</translation>
        </message>
        <message>
            <source>Share of each cohort active in period k after joining</source>
            <translation>各同期群注册后第 k 期活跃的比例</translation>
        </message>
        <message>
            <source>Share of each cohort active in period k or any later period</source>
            <translation>各同期群在第 k 期或之后任一期活跃的比例</translation>
        </message>
        <message>
            <source>Paid revenue in period k relative to the reference period</source>
            <translation>第 k 期付费收入相对基准期的比例</translation>
        </message>
        <message>
            <source>Paid revenue in period k per cohort member</source>
            <translation>第 k 期人均付费收入</translation>
        </message>
        <message>
            <source>, relative to the period before</source>
            <translation>，相对上一期</translation>
        </message>
        <message>
            <source>%1. The last column of each cohort is the period holding the end of the data (it may be partial); blank cells have not happened yet. Double-click a cell for its members.</source>
            <translation>%1。每个同期群的最后一列是包含数据截止日的周期（可能不完整）；空白单元格表示尚未发生。双击单元格查看对应会员。</translation>
        </message>
        <message>
            <source>Day-N retention</source>
            <translation>第 N 日留存</translation>
        </message>
        <message>
            <source>Days after joining</source>
            <translation>注册后天数</translation>
        </message>
        <message>
            <source>Members active</source>
            <translation>活跃会员</translation>
        </message>
        <message>
            <source>Active on day N</source>
            <translation>第 N 天活跃</translation>
        </message>
        <message>
            <source>Active on day N or later</source>
            <translation>第 N 天或之后活跃</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::RunPage</name>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>The files are imported in one step. If it fails or you stop it, the database stays as it was.</source>
            <translation>所有文件一步导入。如果失败或被停止，数据库保持原样。</translation>
        </message>
        <message>
            <source>&amp;Skip invalid rows and import the rest (they are written to &lt;name&gt;.rejected.csv beside each file, with the reason)</source>
            <translation>跳过无效行，导入其余数据(&amp;S)（无效行连同原因写入各文件旁的 &lt;name&gt;.rejected.csv）</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>停止(&amp;T)</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Rows read</source>
            <translation>读取行数</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>未变化</translation>
        </message>
        <message>
            <source>Skipped as invalid</source>
            <translation>无效跳过</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Save &amp;list…</source>
            <translation>保存列表(&amp;L)…</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s), %1 in all, into %2.</source>
            <translation>
                <numerusform>%n 个文件，共 %1，导入到 %2。</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>正在停止…</translation>
        </message>
        <message numerus="yes">
            <source>Done: %n row(s) imported or updated.</source>
            <translation>
                <numerusform>完成：导入或更新了 %n 行。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invalid row(s) were skipped and written to the .rejected.csv files.</source>
            <translation>
                <numerusform>跳过了 %n 个无效行，已写入 .rejected.csv 文件。</numerusform>
            </translation>
        </message>
        <message>
            <source>Import stopped. Nothing was written; the database is as it was.</source>
            <translation>导入已停止。未写入任何数据，数据库保持原样。</translation>
        </message>
        <message>
            <source>Nothing was imported; the database is as it was. Correct the rows listed below, go back and change the column matches, or choose to skip invalid rows.</source>
            <translation>未导入任何数据，数据库保持原样。请修正下列行，或返回修改列匹配，或选择跳过无效行。</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more error(s)</source>
            <translation>
                <numerusform>……还有 %n 个错误</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invalid row(s) skipped; written with the reason to %1</source>
            <translation>
                <numerusform>跳过 %n 个无效行；已连同原因写入 %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Column not imported (not matched to a field).</source>
            <translation>该列未导入（未匹配到字段）。</translation>
        </message>
        <message>
            <source>Save the list of problems</source>
            <translation>保存问题列表</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>Open or create a database first.</source>
            <translation>请先打开或新建数据库。</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::ThresholdsPanel</name>
        <message>
            <source>Opinion leaders</source>
            <translation>意见领袖</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>推荐</translation>
        </message>
        <message>
            <source>all</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>kNN neighbourhood size (0: all).</source>
            <translation>kNN 邻居数（0：全部）。</translation>
        </message>
        <message>
            <source>Engagement levels</source>
            <translation>活跃等级</translation>
        </message>
        <message>
            <source>Best single activity</source>
            <translation>单项最高行为</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Core from</source>
            <translation>核心起点</translation>
        </message>
        <message>
            <source>Active from</source>
            <translation>活跃起点</translation>
        </message>
        <message>
            <source>Casual from</source>
            <translation>轻度起点</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>Churn risk</source>
            <translation>流失风险</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>all history</source>
            <translation>全部历史</translation>
        </message>
        <message>
            <source>Settings used by this page</source>
            <translation>本页用到的设置</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>恢复默认</translation>
        </message>
        <message>
            <source>Restores the defaults of the settings shown here. Analysis › Reset thresholds restores every setting.</source>
            <translation>把这里显示的设置恢复为默认值。“分析 › 重置阈值”会恢复全部设置。</translation>
        </message>
        <message>
            <source>This page has no settings of its own.</source>
            <translation>本页没有可调的设置。</translation>
        </message>
        <message>
            <source>All activity, added up</source>
            <translation>所有行为累加</translation>
        </message>
        <message>
            <source>How a member's activity becomes their engagement score.</source>
            <translation>会员的行为如何折算成活跃得分。</translation>
        </message>
        <message>
            <source>Sum or maximum of the members' decayed activity points.</source>
            <translation>会员按时间衰减后的行为分之和或最大值。</translation>
        </message>
        <message>
            <source>Share of members</source>
            <translation>会员占比</translation>
        </message>
        <message>
            <source>Levels by</source>
            <translation>分层依据</translation>
        </message>
        <message>
            <source>A score each level needs, or the most engaged share of members in each level.</source>
            <translation>按每个等级所需的得分分层，或按最活跃会员的占比分层。</translation>
        </message>
        <message>
            <source>never</source>
            <translation>不衰减</translation>
        </message>
        <message>
            <source>Activity counts half after</source>
            <translation>行为分减半时间</translation>
        </message>
        <message>
            <source>Older activity counts less; a change rescans all activity.</source>
            <translation>越早的行为分越低；修改后会重新扫描全部行为。</translation>
        </message>
        <message>
            <source>Half-life of an activity's points in days (0: no decay).</source>
            <translation>行为分的半衰期，单位天（0 表示不衰减）。</translation>
        </message>
        <message>
            <source>Points per activity</source>
            <translation>各类行为的分值</translation>
        </message>
        <message>
            <source>What each kind of activity adds to the score; a change rescans all activity.</source>
            <translation>每类行为计入得分的分值；修改后会重新扫描全部行为。</translation>
        </message>
        <message>
            <source>At risk when quiet for</source>
            <translation>沉默多久算有流失风险</translation>
        </message>
        <message>
            <source>Members who used to be active and have gone quiet this long.</source>
            <translation>曾经活跃、已经沉默这么多天的会员。</translation>
        </message>
        <message>
            <source>Lost when quiet for</source>
            <translation>沉默多久算已流失</translation>
        </message>
        <message>
            <source>Quiet this long: counted as lost, no longer at risk.</source>
            <translation>沉默达到这么久就算已流失，不再算作风险。</translation>
        </message>
        <message>
            <source>Top members</source>
            <translation>得分前 N 名</translation>
        </message>
        <message>
            <source>Top share of the network</source>
            <translation>网络中得分前百分之几</translation>
        </message>
        <message>
            <source>Score at least</source>
            <translation>得分不低于</translation>
        </message>
        <message>
            <source>Choose leaders by</source>
            <translation>领袖选取方式</translation>
        </message>
        <message>
            <source>How many members count as opinion leaders.</source>
            <translation>决定多少会员算作意见领袖。</translation>
        </message>
        <message>
            <source>Leader score: the weighted mean of the member's percentiles in the network.</source>
            <translation>领袖得分：会员在网络中各项指标百分位的加权平均。</translation>
        </message>
        <message>
            <source>Fewest contacts</source>
            <translation>最少联系人数</translation>
        </message>
        <message>
            <source>A leader talks with at least this many different members.</source>
            <translation>意见领袖至少和这么多位不同的会员有过互动。</translation>
        </message>
        <message>
            <source>Minimum degree in the interaction network.</source>
            <translation>互动网络中的最小度数。</translation>
        </message>
        <message>
            <source>What makes a leader</source>
            <translation>领袖得分由什么构成</translation>
        </message>
        <message>
            <source>Shares of the leader score; they always add up to 100 %.</source>
            <translation>各项在领袖得分中的占比，合计始终为 100%。</translation>
        </message>
        <message>
            <source>Heard by influential members</source>
            <translation>受有影响力的会员关注</translation>
        </message>
        <message>
            <source>Many different members reply</source>
            <translation>很多不同的会员回复</translation>
        </message>
        <message>
            <source>Connects separate groups</source>
            <translation>连接不同的圈子</translation>
        </message>
        <message>
            <source>Lots of conversation</source>
            <translation>互动多</translation>
        </message>
        <message>
            <source>Part of the close-knit core</source>
            <translation>身处紧密的核心圈</translation>
        </message>
        <message>
            <source>How much attention from members who are themselves listened to counts.</source>
            <translation>来自本身就受关注的会员的关注，占多大分量。</translation>
        </message>
        <message>
            <source>How much being replied to by many different members counts.</source>
            <translation>被很多不同会员回复，占多大分量。</translation>
        </message>
        <message>
            <source>How much linking members who would otherwise not meet counts.</source>
            <translation>把原本互不相识的会员联系起来，占多大分量。</translation>
        </message>
        <message>
            <source>How much the sheer amount of interaction counts.</source>
            <translation>互动总量，占多大分量。</translation>
        </message>
        <message>
            <source>How much belonging to the most tightly connected circle counts.</source>
            <translation>身处联系最紧密的圈子，占多大分量。</translation>
        </message>
        <message>
            <source>PageRank: attention flowing in from attended-to members.</source>
            <translation>PageRank：来自受关注会员的关注。</translation>
        </message>
        <message>
            <source>In-degree: distinct members who address them.</source>
            <translation>入度：主动与其互动的不同会员数。</translation>
        </message>
        <message>
            <source>Betweenness (brokerage): shortest paths between others that run through them.</source>
            <translation>介数中心性（桥梁作用）：他人之间经过此人的最短路径。</translation>
        </message>
        <message>
            <source>Strength: total interaction weight.</source>
            <translation>强度：互动权重之和。</translation>
        </message>
        <message>
            <source>Core number: depth in the k-core decomposition.</source>
            <translation>核数：在 k-核分解中的深度。</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>互动网络</translation>
        </message>
        <message>
            <source>Interactions from the last</source>
            <translation>只看最近</translation>
        </message>
        <message>
            <source>Older conversations are left out; a change rebuilds the network.</source>
            <translation>更早的互动不计入；修改后会重建网络。</translation>
        </message>
        <message>
            <source>Graph time window in days up to the end of the network's data (0: all history).</source>
            <translation>网络时间窗口：截至网络数据最后一天的天数（0 表示全部历史）。</translation>
        </message>
        <message>
            <source>Cohorts</source>
            <translation>同期群</translation>
        </message>
        <message>
            <source>Month they joined</source>
            <translation>注册月份</translation>
        </message>
        <message>
            <source>Week they joined</source>
            <translation>注册周</translation>
        </message>
        <message>
            <source>Group members by</source>
            <translation>会员分组依据</translation>
        </message>
        <message>
            <source>Members who joined in the same month or week form one cohort.</source>
            <translation>同一个月或同一周注册的会员组成一个同期群。</translation>
        </message>
        <message>
            <source>Weeks are ISO weeks (Monday first).</source>
            <translation>周按 ISO 周计算（周一为第一天）。</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>转化</translation>
        </message>
        <message>
            <source>Count steps reached within</source>
            <translation>步骤计入期限</translation>
        </message>
        <message>
            <source>A step counts only when reached within this many days of joining.</source>
            <translation>只有注册后这么多天内完成的步骤才计入。</translation>
        </message>
        <message>
            <source>Funnel window in days after joined_at (0: no limit).</source>
            <translation>漏斗窗口：注册（joined_at）后的天数（0 表示不限）。</translation>
        </message>
        <message>
            <source>Pricing</source>
            <translation>定价</translation>
        </message>
        <message>
            <source>Renewal grace</source>
            <translation>续费宽限期</translation>
        </message>
        <message>
            <source>A plan counts as renewed when the next order comes within this many days of its end.</source>
            <translation>套餐到期后这么多天内有下一笔订单，就算续费。</translation>
        </message>
        <message>
            <source> months</source>
            <translation> 个月</translation>
        </message>
        <message>
            <source>Lifetime value from the last</source>
            <translation>生命周期价值取最近</translation>
        </message>
        <message>
            <source>Complete months averaged to project what a paying member is worth.</source>
            <translation>用这么多个完整月份的平均值，预估付费会员的价值。</translation>
        </message>
        <message>
            <source>Longest expected stay</source>
            <translation>预计最长留存</translation>
        </message>
        <message>
            <source>Caps how long a paying member is expected to stay, however few leave.</source>
            <translation>无论流失多低，付费会员的预计留存都不超过这么久。</translation>
        </message>
        <message>
            <source>1 ÷ the floor of the monthly churn rate in the lifetime-value projection.</source>
            <translation>生命周期价值预测中月流失率下限的倒数（1 ÷ 下限）。</translation>
        </message>
        <message>
            <source>Products per list</source>
            <translation>每份推荐的商品数</translation>
        </message>
        <message>
            <source>How many products each member's list shows.</source>
            <translation>每位会员的推荐列表显示几件商品。</translation>
        </message>
        <message>
            <source>Compare with the closest</source>
            <translation>参考最相似的</translation>
        </message>
        <message>
            <source>How many of the most alike members or products a suggestion draws on.</source>
            <translation>每条推荐参考多少个最相似的会员或商品。</translation>
        </message>
        <message>
            <source>Ignore likeness below</source>
            <translation>相似度低于此值不计</translation>
        </message>
        <message>
            <source>Pairs less alike than this (0 to 1) are left out; 0 keeps all.</source>
            <translation>相似度（0 到 1）低于此值的不计入；0 表示全部保留。</translation>
        </message>
        <message>
            <source>Similarity floor: cosine similarities below it are dropped.</source>
            <translation>相似度下限：低于它的余弦相似度被舍弃。</translation>
        </message>
        <message>
            <source>From similar products</source>
            <translation>来自相似商品的比重</translation>
        </message>
        <message>
            <source>Mixed method: this much from similar products, the rest from similar members.</source>
            <translation>混合推荐：这部分来自相似商品，其余来自相似会员。</translation>
        </message>
        <message>
            <source>Hybrid α: α × item kNN + (1 − α) × user kNN.</source>
            <translation>混合 α：α × 商品 kNN + (1 − α) × 会员 kNN。</translation>
        </message>
        <message>
            <source>The members with the highest leader scores.</source>
            <translation>领袖得分最高的会员。</translation>
        </message>
        <message>
            <source>Of the members who talk with others, those with the highest scores.</source>
            <translation>在与他人有互动的会员中，取得分最高的这部分。</translation>
        </message>
        <message>
            <source>From 0 to 1: 0.95 means ahead of 95 % of the network on average.</source>
            <translation>0 到 1：0.95 表示平均领先网络中 95% 的会员。</translation>
        </message>
        <message>
            <source>Core: top</source>
            <translation>核心：前</translation>
        </message>
        <message>
            <source>Active: top</source>
            <translation>活跃：前</translation>
        </message>
        <message>
            <source>Casual: top</source>
            <translation>轻度：前</translation>
        </message>
        <message>
            <source>The most engaged share of members.</source>
            <translation>最活跃的会员占比。</translation>
        </message>
        <message>
            <source>Score of the most engaged members; at least Active's.</source>
            <translation>核心会员所需得分，不低于“活跃”。</translation>
        </message>
        <message>
            <source>Share that is at least active, Core included.</source>
            <translation>至少为活跃的会员占比，包含核心。</translation>
        </message>
        <message>
            <source>Score to count as active; between Casual and Core.</source>
            <translation>算作活跃所需得分，介于“轻度”和“核心”之间。</translation>
        </message>
        <message>
            <source>Share that is at least casual; the rest are dormant.</source>
            <translation>至少为轻度的会员占比，其余为沉睡。</translation>
        </message>
        <message>
            <source>Score to count as casual; below it a member is dormant.</source>
            <translation>算作轻度所需得分，低于它即为沉睡。</translation>
        </message>
        <message>
            <source>1 leader</source>
            <translation>1 位领袖</translation>
        </message>
        <message>
            <source>%1 leaders</source>
            <translation>%1 位领袖</translation>
        </message>
        <message>
            <source>How many</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>比例</translation>
        </message>
        <message>
            <source>Lowest score</source>
            <translation>最低得分</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::TodayList</name>
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
            <source>Today</source>
            <translation>今日待办</translation>
        </message>
        <message>
            <source>Working out today's list…</source>
            <translation>正在整理今天的名单…</translation>
        </message>
        <message>
            <source>No list: the database could not be opened.</source>
            <translation>没有名单：数据库未能打开。</translation>
        </message>
        <message>
            <source>Open these members on the Members page</source>
            <translation>在会员页查看这些会员</translation>
        </message>
        <message>
            <source>Nothing to do yet: the database holds no data.</source>
            <translation>暂无待办：数据库里还没有数据。</translation>
        </message>
        <message>
            <source>As of %1, the end of the data: the members to contact today.</source>
            <translation>截至%1（数据的最后一天）：今天该联系的会员。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1 at stake</source>
            <translation>涉及金额 %1</translation>
        </message>
        <message>
            <source>Today: %1</source>
            <translation>今日待办：%1</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::CommunitySettingsDialog</name>
        <message>
            <source>Community settings</source>
            <translation>社群设置</translation>
        </message>
        <message>
            <source>Every day, ISO week and month of every metric begins and ends in the community time zone. Changing it computes everything again; stored times do not move.</source>
            <translation>所有指标的每一天、每个 ISO 周和每个月都按社群时区来划分。更改时区后会重新计算全部数据，已保存的时间点不会改变。</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>时区(&amp;T)</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <source>Unknown time zone %1: choose a name from the list, such as Asia/Shanghai.</source>
            <translation>未知时区 %1：请从列表中选择，例如 Asia/Shanghai。</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::LeadersModel</name>
        <message>
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>Member ID</source>
            <translation>会员 ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
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
            <source>Community</source>
            <translation>圈子</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>PageRank %1: ahead of %2 of the network</source>
            <translation>PageRank %1：高于网络中 %2 的会员</translation>
        </message>
        <message>
            <source>top %1</source>
            <translation>前 %1</translation>
        </message>
    </context>
    <context>
        <name>kinsight::ui::ReportExportDialog</name>
        <message>
            <source>Summary (today&apos;s list, key figures, what changed)</source>
            <translation>摘要（今日待办、关键指标、有什么变化）</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>互动网络</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>留存</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>转化</translation>
        </message>
        <message>
            <source>Pricing</source>
            <translation>定价</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>推荐</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>导出报告</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>PDF 文档</translation>
        </message>
        <message>
            <source>Web page (HTML)</source>
            <translation>网页（HTML）</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel 工作簿</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>格式(&amp;F)：</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <source>Interface language (%1)</source>
            <translation>界面语言（%1）</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>包含哪些部分</translation>
        </message>
        <message>
            <source>Include &amp;personal data (names, emails, phones)</source>
            <translation>包含个人信息(&amp;P)（姓名、邮箱、电话）</translation>
        </message>
        <message>
            <source>Off: members appear under pseudonyms, the same in every report of this database.</source>
            <translation>不勾选时会员以化名显示，同一数据库的每份报告里化名都相同。</translation>
        </message>
        <message>
            <source>&amp;Open the report when it is written</source>
            <translation>导出完成后打开报告(&amp;O)</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
    </context>
</TS>
