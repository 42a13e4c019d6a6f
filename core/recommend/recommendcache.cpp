#include "recommendcache.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include "core/data/communitycolumns.h"

namespace kinsight::core {

namespace {

constexpr int formatVersion = 1;

QString number(double v)
{
    return QString::number(v, 'g', 17);
}

QJsonObject metricsToJson(const MethodMetrics& m, double weightedNdcg)
{
    return QJsonObject { { QStringLiteral("method"), QString::fromUtf8(methodName(m.method).data()) },
        { QStringLiteral("members"), static_cast<qint64>(m.members) }, { QStringLiteral("hit_rate"), m.hitRate },
        { QStringLiteral("precision"), m.precision }, { QStringLiteral("ndcg"), m.ndcg },
        { QStringLiteral("coverage"), m.coverage }, { QStringLiteral("weighted_ndcg"), weightedNdcg } };
}

std::optional<AutoChoice> autoFromJson(const QJsonObject& o)
{
    AutoChoice c;
    const QByteArray chosen = o.value(QStringLiteral("method")).toString().toUtf8();
    const auto method = parseMethod(std::string_view(chosen.constData(), static_cast<size_t>(chosen.size())));
    if (!method)
        return std::nullopt;
    c.method = *method;
    c.k = o.value(QStringLiteral("k")).toInt();
    c.folds = o.value(QStringLiteral("folds")).toInt(1);
    c.validationMembers = static_cast<Index>(o.value(QStringLiteral("validation_members")).toInteger());
    for (const QJsonValue& v : o.value(QStringLiteral("validation")).toArray()) {
        const QJsonObject r = v.toObject();
        const QByteArray name = r.value(QStringLiteral("method")).toString().toUtf8();
        const auto m = parseMethod(std::string_view(name.constData(), static_cast<size_t>(name.size())));
        if (!m)
            return std::nullopt;
        MethodMetrics mm;
        mm.method = *m;
        mm.k = c.k;
        mm.members = static_cast<Index>(r.value(QStringLiteral("members")).toInteger());
        mm.hitRate = mm.recall = mm.hitRateLow = mm.hitRateHigh = r.value(QStringLiteral("hit_rate")).toDouble();
        mm.precision = r.value(QStringLiteral("precision")).toDouble();
        mm.ndcg = mm.ndcgLow = mm.ndcgHigh = r.value(QStringLiteral("ndcg")).toDouble();
        mm.coverage = r.value(QStringLiteral("coverage")).toDouble();
        c.validation.push_back(mm);
        c.weightedNdcg.push_back(r.value(QStringLiteral("weighted_ndcg")).toDouble());
    }
    if (c.validation.size() != allMethods.size())
        return std::nullopt;
    return c;
}

} // namespace

std::string RecommendCache::pathFor(const std::string& databasePath)
{
    return databasePath + ".recommend";
}

std::string RecommendCache::keyFor(const Community& community, const RankOptions& rank, const ModelOptions& models)
{
    QStringList parts;
    parts << QStringLiteral("v%1").arg(formatVersion) << QString::fromStdString(communityDigest(community));
    parts << QStringLiteral("k=%1 n=%2 floor=%3 alpha=%4")
                 .arg(rank.k)
                 .arg(rank.neighbours)
                 .arg(number(rank.floor), number(rank.alpha));
    const AlsOptions& a = models.als;
    parts << QStringLiteral("als=%1,%2,%3,%4,%5,%6,%7,%8")
                 .arg(a.factors)
                 .arg(number(a.regularization), number(a.alpha))
                 .arg(a.iterations)
                 .arg(static_cast<int>(a.solver))
                 .arg(a.cgSteps)
                 .arg(static_cast<qulonglong>(a.seed))
                 .arg(a.woodbury ? 1 : 0);
    const ItemKnnOptions& i = models.itemKnn;
    parts << QStringLiteral("item=%1,%2,%3,%4")
                 .arg(static_cast<int>(i.weighting))
                 .arg(number(i.bm25K1), number(i.bm25B), number(i.shrinkage));
    const EaseOptions& e = models.ease;
    QStringList grid;
    for (double l : e.lambdaGrid)
        grid << number(l);
    parts << QStringLiteral("ease=%1,%2,%3,%4,%5,%6,%7")
                 .arg(number(e.lambda), grid.join(QLatin1Char('/')), number(e.defaultLambda))
                 .arg(e.validationK)
                 .arg(static_cast<qint64>(e.validationMembers))
                 .arg(static_cast<qulonglong>(e.seed))
                 .arg(static_cast<qint64>(e.maxProducts));
    const ContentOptions& c = models.content;
    parts << QStringLiteral("content=%1,%2,%3,%4")
                 .arg(c.useDescription ? 1 : 0)
                 .arg(c.useTags ? 1 : 0)
                 .arg(number(c.tagWeight))
                 .arg(c.dropStopWords ? 1 : 0);
    parts << QStringLiteral("sequential=%1,%2").arg(models.sequential.window).arg(number(models.sequential.decay));
    return parts.join(QLatin1Char(';')).toStdString();
}

RecommendCache RecommendCache::open(const std::string& path, const std::string& key)
{
    RecommendCache cache;
    cache.m_path = path;
    cache.m_key = key;
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        return cache;
    // A cache is small; anything large is not ours.
    if (file.size() > (1 << 20))
        return cache;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("key")).toString().toStdString() != key)
        return cache;
    if (root.contains(QStringLiteral("auto")))
        cache.m_auto = autoFromJson(root.value(QStringLiteral("auto")).toObject());
    const QJsonValue lambda = root.value(QStringLiteral("ease_lambda"));
    if (lambda.isDouble() && lambda.toDouble() > 0.0)
        cache.m_easeLambda = lambda.toDouble();
    return cache;
}

Status RecommendCache::save() const
{
    QJsonObject root { { QStringLiteral("key"), QString::fromStdString(m_key) } };
    if (m_auto) {
        QJsonArray rows;
        for (size_t i = 0; i < m_auto->validation.size(); ++i)
            rows.append(
                metricsToJson(m_auto->validation[i], i < m_auto->weightedNdcg.size() ? m_auto->weightedNdcg[i] : 0.0));
        root.insert(QStringLiteral("auto"),
            QJsonObject { { QStringLiteral("method"), QString::fromUtf8(methodName(m_auto->method).data()) },
                { QStringLiteral("k"), m_auto->k }, { QStringLiteral("folds"), m_auto->folds },
                { QStringLiteral("validation_members"), static_cast<qint64>(m_auto->validationMembers) },
                { QStringLiteral("validation"), rows } });
    }
    if (m_easeLambda)
        root.insert(QStringLiteral("ease_lambda"), *m_easeLambda);
    QSaveFile file(QString::fromStdString(m_path));
    if (!file.open(QIODevice::WriteOnly))
        return Error { "cannot write " + m_path + ": " + file.errorString().toStdString(),
            { "recommend.cache_write_failed", { m_path, file.errorString().toStdString() } } };
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error { "cannot write " + m_path + ": " + file.errorString().toStdString(),
            { "recommend.cache_write_failed", { m_path, file.errorString().toStdString() } } };
    return {};
}

Result<AutoChoice> chooseMethod(CommunityPtr community, const RankOptions& rank, const ModelOptions& models,
    RecommendCache& cache, bool* computed, const TaskControl& control)
{
    if (cache.autoChoice()) {
        if (computed)
            *computed = false;
        return *cache.autoChoice();
    }
    Result<AutoChoice> choice = chooseMethod(community, rank, models, control);
    if (!choice.ok())
        return choice;
    cache.setAutoChoice(*choice);
    if (computed)
        *computed = true;
    return choice;
}

} // namespace kinsight::core
