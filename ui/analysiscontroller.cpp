#include "analysiscontroller.h"

#include <cstdio>

#include <QFileInfo>
#include <QPointer>

#include "core/analysis/derive.h"
#include "core/demo/demo.h"
#include "core/import/importer.h"
#include "core/recommend/recommendcache.h"
#include "core/store/database.h"
#include "core/store/snapshotloader.h"
#include "core/text/messagetext.h"
#include "ui/format.h"

namespace kinsight::ui {

namespace {

// Parts a change can reach that are derived from cached results in a few milliseconds.
constexpr core::Parts cheapParts = core::bit(core::Part::Levels) | core::bit(core::Part::Retention)
    | core::bit(core::Part::Leaders) | core::bit(core::Part::NetworkView) | core::bit(core::Part::Ranking);

core::Timestamp readLastImport(const std::string& path)
{
    auto db = core::Database::open(path, core::OpenMode::ReadOnly);
    if (!db)
        return core::noTimestamp;
    auto q = (*db)->prepare("SELECT max(imported_at) FROM imports");
    if (!q || !(*q)->step() || (*q)->isNull(0))
        return core::noTimestamp;
    return (*q)->int64(0);
}

} // namespace

AnalysisController::AnalysisController(QObject* parent)
    : QObject(parent)
{
    m_lane.setMaxThreadCount(1);
    m_lane.setExpiryTimeout(-1);
    m_updates = new JobRunner(this, JobRunner::Policy::LatestOnly, &m_lane);
    m_jobs = new JobRunner(this, JobRunner::Policy::Every, &m_lane);
    m_derive = new JobRunner(this);
    m_timelines = new JobRunner(this);
    connect(m_timelines, &JobRunner::busyChanged, this, [this](bool busy) {
        if (busy)
            jobStarted();
        else
            jobEnded();
    });
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &AnalysisController::startUpdate);
}

AnalysisController::~AnalysisController()
{
    m_updates->stop();
    m_jobs->stop();
    m_derive->stop();
    m_timelines->stop();
    m_lane.waitForDone();
}

std::function<void(double)> AnalysisController::progressReporter(const QString& task, quint64 epoch)
{
    QPointer<AnalysisController> self(this);
    // Throttled: at most one queued call per percent.
    auto last = std::make_shared<std::atomic<int>>(-1);
    return [self, task, epoch, last](double f) {
        const int percent = static_cast<int>(f * 100);
        if (percent == last->exchange(percent))
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, task, epoch, f] {
                if (self && self->m_epoch == epoch)
                    Q_EMIT self->progressChanged(task, f);
            },
            Qt::QueuedConnection);
    };
}

void AnalysisController::jobStarted()
{
    if (m_busyJobs++ == 0 && !m_updating)
        Q_EMIT busyChanged(true);
}

void AnalysisController::jobEnded()
{
    if (--m_busyJobs == 0 && !m_updating) {
        Q_EMIT busyChanged(false);
        Q_EMIT progressChanged(QString(), -1);
        if (!isBusy())
            Q_EMIT idle();
    }
}

template <typename Work, typename Done> void AnalysisController::onLane(const QString& task, Work work, Done done)
{
    const quint64 epoch = m_epoch;
    auto progress = progressReporter(task, epoch);
    jobStarted();
    Q_EMIT progressChanged(task, 0);
    m_jobs->start([progress, work = std::move(work)](
                      const core::TaskControl& control) mutable { return work(control.withProgress(progress)); },
        [this, epoch, done = std::move(done)](auto&& result) mutable {
            if (m_epoch == epoch)
                done(std::move(result));
            jobEnded();
        });
}

void AnalysisController::openDatabase(const QString& path)
{
    const quint64 epoch = ++m_epoch;
    m_updates->cancel();
    m_debounce.stop();
    m_updateQueued = false;
    const std::string file = path.toStdString();
    struct Loaded {
        core::Result<core::CommunityPtr> community = core::Error { "" };
        core::Timestamp lastImport = core::noTimestamp;
    };
    onLane(
        tr("Loading %1").arg(QFileInfo(path).fileName()),
        [file](const core::TaskControl& control) {
            Loaded out;
            out.community = core::loadCommunity(file, control);
            if (out.community)
                out.lastImport = readLastImport(file);
            return out;
        },
        [this, path, epoch](const Loaded& loaded) {
            if (!loaded.community) {
                Q_EMIT databaseFailed(core::errorText(loaded.community.failure()));
                return;
            }
            onLoaded(epoch, path, *loaded.community, loaded.lastImport);
        });
}

void AnalysisController::openCommunity(core::CommunityPtr community, const QString& label)
{
    const quint64 epoch = ++m_epoch;
    m_updates->cancel();
    m_debounce.stop();
    m_updateQueued = false;
    onLoaded(epoch, label, std::move(community), core::noTimestamp);
}

void AnalysisController::onLoaded(
    quint64 epoch, const QString& path, core::CommunityPtr community, core::Timestamp lastImport)
{
    if (epoch != m_epoch)
        return;
    m_path = path;
    m_lastImport = lastImport;
    m_analysis = std::make_shared<core::Analysis>(community);
    m_results = m_analysis->results();
    m_updating = false;
    Q_EMIT databaseOpened(path);
    Q_EMIT resultsChanged(m_results);
    startUpdate();
}

void AnalysisController::openDemo(const QString& path, int members)
{
    if (QFileInfo::exists(path)) {
        openDatabase(path);
        return;
    }
    const std::string file = path.toStdString();
    onLane(
        tr("Creating the demo community"),
        [file, members](const core::TaskControl& control) -> core::Status {
            auto db = core::Database::open(file, core::OpenMode::Create);
            if (!db)
                return db.failure();
            core::DemoOptions options;
            options.members = members;
            core::Status s = core::writeDemoDatabase(**db, options, control);
            if (!s) {
                db->reset();
                std::remove(file.c_str());
            }
            return s;
        },
        [this, path](core::Status status) {
            if (!status) {
                Q_EMIT databaseFailed(core::errorText(status.failure()));
                return;
            }
            openDatabase(path);
        });
}

void AnalysisController::createDatabase(const QString& path)
{
    const std::string file = path.toStdString();
    onLane(
        tr("Creating %1").arg(QFileInfo(path).fileName()),
        [file](const core::TaskControl&) -> core::Status {
            auto db = core::Database::open(file, core::OpenMode::Create);
            if (!db)
                return db.failure();
            return core::Status::success();
        },
        [this, path](core::Status status) {
            if (!status) {
                Q_EMIT databaseFailed(core::errorText(status.failure()));
                return;
            }
            openDatabase(path);
        });
}

void AnalysisController::setThresholds(const core::Thresholds& thresholds)
{
    const core::Parts changed = core::changedInputs(m_thresholds, thresholds);
    const bool differ = !(m_thresholds == thresholds);
    m_thresholds = thresholds;
    if (differ)
        Q_EMIT thresholdsChanged(m_thresholds);
    if (changed == 0)
        return;
    const bool cheap = (core::withDependents(changed) & ~cheapParts) == 0;
    m_debounce.start(cheap ? 30 : 150);
}

void AnalysisController::applyThresholdsNow(const core::Thresholds& thresholds)
{
    const bool differ = !(m_thresholds == thresholds);
    m_thresholds = thresholds;
    if (differ)
        Q_EMIT thresholdsChanged(m_thresholds);
    m_debounce.stop();
    startUpdate();
}

void AnalysisController::cancel()
{
    m_debounce.stop();
    m_updateQueued = false;
    m_updates->cancel();
    m_jobs->cancel();
}

void AnalysisController::startUpdate()
{
    if (!m_analysis)
        return;
    if (m_updating) {
        m_updateQueued = true;
        const core::Parts changed = core::withDependents(core::changedInputs(m_running, m_thresholds));
        if ((changed & ~cheapParts) != 0) {
            m_updates->cancel(); // heavy: start over (finished parts stay cached)
        } else {
            // Cheap: derive at once from what is shown, and let the heavy run finish.
            ++m_generation;
            fastLane(m_thresholds);
        }
        return;
    }
    m_updating = true;
    m_updateQueued = false;
    m_running = m_thresholds;
    const quint64 generation = ++m_generation;
    const quint64 epoch = m_epoch;
    auto analysis = m_analysis;
    const core::Thresholds thresholds = m_thresholds;
    auto progress = progressReporter(tr("Analysing"), epoch);
    if (m_busyJobs == 0)
        Q_EMIT busyChanged(true);
    struct Outcome {
        bool ok = false;
        bool cancelled = false;
        QString error;
        std::shared_ptr<const core::AnalysisResults> snapshot;
    };
    m_updates->startWithPartials(
        [analysis, thresholds, progress](const core::TaskControl& control, const auto& post) {
            auto outcome = analysis->update(
                thresholds, control.withProgress(progress), [&](core::Parts) { post(analysis->results()); });
            return Outcome { outcome.ok(), outcome.cancelled(),
                outcome.ok() ? QString() : core::errorText(outcome.failure()), analysis->results() };
        },
        [this, generation, epoch](
            std::shared_ptr<const core::AnalysisResults> snapshot) { publish(std::move(snapshot), generation, epoch); },
        [this, generation, epoch](const Outcome& outcome) {
            updateEnded(outcome.ok, outcome.cancelled, outcome.error, outcome.snapshot, generation, epoch);
        });
}

void AnalysisController::updateEnded(bool ok, bool cancelled, const QString& error,
    const std::shared_ptr<const core::AnalysisResults>& snapshot, quint64 generation, quint64 epoch)
{
    if (m_epoch != epoch)
        return;
    m_updating = false;
    ++m_updatesFinished;
    if (ok)
        publish(snapshot, generation, epoch);
    else if (m_updateQueued)
        ; // a newer request stopped it: that one starts below
    else if (cancelled)
        Q_EMIT analysisCancelled();
    else
        Q_EMIT analysisFailed(error);
    if (m_updateQueued || core::changedInputs(snapshot->thresholds, m_thresholds) != 0) {
        if (!m_debounce.isActive())
            startUpdate();
        return;
    }
    Q_EMIT progressChanged(QString(), -1);
    if (m_busyJobs == 0)
        Q_EMIT busyChanged(false);
    if (!isBusy())
        Q_EMIT idle();
}

void AnalysisController::fastLane(const core::Thresholds& next)
{
    auto current = m_results;
    if (!current)
        return;
    const quint64 generation = m_generation;
    const quint64 epoch = m_epoch;
    m_derive->start(
        [current, next](const core::TaskControl& control) { return core::deriveResults(*current, next, control); },
        [this, generation, epoch](
            std::shared_ptr<const core::AnalysisResults> derived) { publish(std::move(derived), generation, epoch); });
}

void AnalysisController::publish(
    std::shared_ptr<const core::AnalysisResults> results, quint64 generation, quint64 epoch)
{
    if (epoch != m_epoch || generation != m_generation)
        return; // stale: a newer request or another database
    m_results = std::move(results);
    Q_EMIT resultsChanged(m_results);
}

void AnalysisController::requestRecommendations(core::Index member)
{
    auto analysis = m_analysis;
    if (!analysis)
        return;
    struct Ranked {
        std::vector<core::Recommendation> list;
        core::Method method = core::Method::Hybrid;
        core::RankOptions rank;
    };
    onLane(
        tr("Recommending"),
        [analysis, member](const core::TaskControl&) {
            // The lane runs the updates too: the analysis's thresholds are those of this list.
            return Ranked { analysis->recommendFor(member), analysis->thresholds().method,
                analysis->thresholds().rank };
        },
        [this, member](const Ranked& ranked) {
            // Ranked at other settings than the results on screen (a list asked for on results
            // derived ahead of the update): those results' own request follows.
            if (m_results
                && (ranked.method != m_results->thresholds.method || !(ranked.rank == m_results->thresholds.rank)))
                return;
            Q_EMIT recommendationsReady(member, ranked.list);
        });
}

void AnalysisController::requestEvaluation()
{
    auto analysis = m_analysis;
    if (!analysis)
        return;
    onLane(
        tr("Evaluating the methods"),
        [analysis](const core::TaskControl& control) { return analysis->evaluate(control); },
        [this](core::Result<std::shared_ptr<const std::vector<core::MethodMetrics>>> rows) {
            if (!rows) {
                Q_EMIT jobFailed(core::errorText(rows.failure()));
                return;
            }
            Q_EMIT evaluationReady(*rows);
        });
}

void AnalysisController::requestAutoChoice()
{
    auto analysis = m_analysis;
    if (!analysis)
        return;
    // Beside a database file; a community opened from memory has no place for it.
    const std::string cache = m_path.isEmpty() || !QFileInfo(m_path).isFile()
        ? std::string()
        : core::RecommendCache::pathFor(m_path.toStdString());
    onLane(
        tr("Choosing the best method"),
        [analysis, cache](const core::TaskControl& control) { return analysis->chooseAuto(cache, control); },
        [this](core::Result<std::shared_ptr<const core::AutoChoice>> choice) {
            if (!choice) {
                Q_EMIT jobFailed(core::errorText(choice.failure()));
                return;
            }
            Q_EMIT autoChoiceReady(*choice);
        });
}

void AnalysisController::requestAudience(core::Index product, int k)
{
    auto analysis = m_analysis;
    if (!analysis)
        return;
    onLane(
        tr("Finding the audience"),
        [analysis, product, k](const core::TaskControl& control)
            -> core::Result<std::pair<core::Method, std::shared_ptr<const std::vector<core::AudienceMember>>>> {
            const auto r = analysis->results();
            if (!r->recommender || !r->isReady(core::Part::Recommender))
                return core::Error { "the recommendations are not ready yet", { "recommend.not_ready", {} } };
            core::AudienceOptions options;
            options.k = k;
            options.rank = r->thresholds.rank;
            auto audience = core::computeAudience(*r->recommender, r->thresholds.method, product, options, control);
            if (!audience)
                return audience.failure();
            return std::make_pair(
                r->thresholds.method, std::make_shared<const std::vector<core::AudienceMember>>(std::move(*audience)));
        },
        [this, product](
            core::Result<std::pair<core::Method, std::shared_ptr<const std::vector<core::AudienceMember>>>> audience) {
            if (!audience) {
                Q_EMIT jobFailed(core::errorText(audience.failure()));
                return;
            }
            Q_EMIT audienceReady(product, audience->first, audience->second);
        });
}

void AnalysisController::requestAbTest(
    const core::Configuration& a, const core::Configuration& b, core::AbMetric metric)
{
    auto analysis = m_analysis;
    if (!analysis)
        return;
    onLane(
        tr("Comparing A and B"),
        [analysis, a, b, metric](const core::TaskControl& control) { return analysis->compare(a, b, metric, control); },
        [this](core::Result<std::shared_ptr<const core::AbComparison>> ab) {
            if (!ab) {
                Q_EMIT jobFailed(core::errorText(ab.failure()));
                return;
            }
            Q_EMIT abTestReady(*ab);
        });
}

void AnalysisController::runAnalysisJob(
    const QString& task, AnalysisJob work, std::function<void(const core::Status&)> done)
{
    auto analysis = m_analysis;
    if (!analysis)
        return;
    onLane(
        task,
        [analysis, work = std::move(work)](const core::TaskControl& control) -> core::Status {
            try {
                return work(*analysis, control);
            } catch (const core::Cancelled&) {
                return core::Error::cancelled();
            } catch (const std::exception& e) {
                return core::Error { e.what() };
            }
        },
        [done = std::move(done)](const core::Status& status) { done(status); });
}

void AnalysisController::requestLeaderTimeline(const std::vector<core::Index>& members, int months)
{
    core::CommunityPtr community = this->community();
    if (!m_analysis || !community)
        return;
    core::GraphOptions options;
    options.filter.types = m_thresholds.graphTypes;
    options.computeBetweenness = false;
    const core::LeaderOptions leaders = m_thresholds.leaders;
    const quint64 epoch = m_epoch;
    m_timelines->start(
        [community, members, months, options, leaders](const core::TaskControl& control) {
            return core::computeLeaderTimeline(*community, options, leaders, members, months, control);
        },
        [this, epoch](core::Result<core::LeaderTimeline> timeline) {
            if (m_epoch != epoch)
                return;
            if (!timeline) {
                Q_EMIT leaderTimelineFailed(core::errorText(timeline.failure()));
                Q_EMIT jobFailed(core::errorText(timeline.failure()));
                return;
            }
            Q_EMIT leaderTimelineReady(std::make_shared<const core::LeaderTimeline>(std::move(*timeline)));
        });
}

} // namespace kinsight::ui
