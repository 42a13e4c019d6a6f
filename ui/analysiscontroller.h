#pragma once

#include <atomic>
#include <memory>
#include <vector>

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include "core/actions/audience.h"
#include "core/analysis/analysis.h"
#include "core/graph/timeline.h"
#include "ui/jobrunner.h"

namespace kinsight::ui {

/// Runs the core off the GUI thread: loads a database, keeps one core::Analysis up to date with
/// the thresholds, and hands immutable results to the pages.
///
/// Everything that touches the Analysis runs on one serial lane (a one-thread pool), so the
/// Analysis never sees two threads. Each update request gets a generation number; results of a
/// stale generation (or of a database no longer open) are dropped. Threshold changes are
/// debounced; a change that needs heavy work cancels the running update (its finished parts stay
/// cached), while a cheap one (level cut-offs, leader weights, retention switches) is derived at
/// once from the current results on a second thread and the full update follows. Never blocks
/// the GUI thread and never spins a nested event loop.
class AnalysisController : public QObject {
    Q_OBJECT
public:
    explicit AnalysisController(QObject* parent = nullptr);
    ~AnalysisController() override;

    /// Loads the database (read-only) and analyses it. Emits databaseOpened or databaseFailed.
    void openDatabase(const QString& path);
    /// Analyses a snapshot that is already in memory (tests, benchmarks); `label` stands in for
    /// the database path. Import is unavailable for it.
    void openCommunity(core::CommunityPtr community, const QString& label);
    /// Creates the demo community at `path` when the file is missing, then opens it.
    void openDemo(const QString& path, int members = 5000);
    /// Creates an empty database at `path` (replacing nothing: the file must not exist) and opens it.
    void createDatabase(const QString& path);

    /// New thresholds: debounced (cheap changes ~30 ms, others ~150 ms), then applied. The
    /// controller is the one owner of the thresholds: the panel, the pages and the menus edit
    /// through it, and thresholdsChanged tells them all at once.
    void setThresholds(const core::Thresholds& thresholds);
    /// Applies thresholds without the debounce.
    void applyThresholdsNow(const core::Thresholds& thresholds);
    const core::Thresholds& thresholds() const { return m_thresholds; }

    /// Cancels whatever runs now (the update, a load, an import).
    void cancel();
    bool isBusy() const { return m_busyJobs > 0 || m_updating || m_debounce.isActive(); }

    std::shared_ptr<const core::AnalysisResults> results() const { return m_results; }
    core::CommunityPtr community() const { return m_results ? m_results->community : nullptr; }
    QString databasePath() const { return m_path; }
    /// When the open database last imported a file (noTimestamp: never).
    core::Timestamp lastImport() const { return m_lastImport; }
    /// Increases every time a database is opened: lets a receiver drop answers about an older one.
    quint64 epoch() const { return m_epoch; }

    // Jobs on the Analysis lane; each answers with a signal.
    void requestRecommendations(core::Index member);
    void requestEvaluation();
    /// What `auto` chooses (cached beside the database file); answers with autoChoiceReady.
    void requestAutoChoice();
    /// Who to offer `product` to (core::computeAudience with the thresholds' method and knobs);
    /// answers with audienceReady.
    void requestAudience(core::Index product, int k);
    void requestAbTest(const core::Configuration& a, const core::Configuration& b, core::AbMetric metric);
    /// Runs beside the lane (it reads the snapshot only), so a threshold change never waits for it;
    /// a newer request supersedes a running one.
    void requestLeaderTimeline(const std::vector<core::Index>& members, int months);
    /// Any other work that needs the Analysis (the report writer): runs on the lane, after the
    /// update, with progress and cancel; `done` gets its outcome (success, failure, or
    /// `cancelled()`) on the GUI thread, unless another database was opened meanwhile.
    using AnalysisJob = std::function<core::Status(core::Analysis& analysis, const core::TaskControl& control)>;
    void runAnalysisJob(const QString& task, AnalysisJob work, std::function<void(const core::Status&)> done);

    /// Updates applied so far (for tests and the benchmark).
    quint64 updatesFinished() const { return m_updatesFinished; }

Q_SIGNALS:
    void databaseOpened(const QString& path);
    /// setThresholds() or applyThresholdsNow() changed the thresholds (at once, before the
    /// debounce and the update).
    void thresholdsChanged(const kinsight::core::Thresholds& thresholds);
    void databaseFailed(const QString& message);
    /// New results (progressively while an update runs: each snapshot holds all parts ready so far).
    void resultsChanged(std::shared_ptr<const kinsight::core::AnalysisResults> results);
    /// What runs and how far it is; fraction < 0 when nothing runs.
    void progressChanged(const QString& task, double fraction);
    void busyChanged(bool busy);
    void analysisFailed(const QString& message);
    /// The update stopped because cancel() asked it to (not a failure); its finished parts stay.
    void analysisCancelled();
    void recommendationsReady(kinsight::core::Index member, const std::vector<kinsight::core::Recommendation>& list);
    void evaluationReady(std::shared_ptr<const std::vector<kinsight::core::MethodMetrics>> rows);
    void autoChoiceReady(std::shared_ptr<const kinsight::core::AutoChoice> choice);
    void audienceReady(kinsight::core::Index product, kinsight::core::Method method,
        std::shared_ptr<const std::vector<kinsight::core::AudienceMember>> audience);
    void abTestReady(std::shared_ptr<const kinsight::core::AbComparison> comparison);
    void leaderTimelineReady(std::shared_ptr<const kinsight::core::LeaderTimeline> timeline);
    void jobFailed(const QString& message);
    /// requestLeaderTimeline() failed (also reported through jobFailed()).
    void leaderTimelineFailed(const QString& message);
    /// Nothing runs or waits any more.
    void idle();

private:
    struct Job;
    void startUpdate();
    /// An update's outcome, on the GUI thread: publish it or report why not, then start the next.
    void updateEnded(bool ok, bool cancelled, const QString& error,
        const std::shared_ptr<const core::AnalysisResults>& snapshot, quint64 generation, quint64 epoch);
    void fastLane(const core::Thresholds& next);
    void publish(std::shared_ptr<const core::AnalysisResults> results, quint64 generation, quint64 epoch);
    void onLoaded(quint64 epoch, const QString& path, core::CommunityPtr community, core::Timestamp lastImport);
    /// Runs `work` on the lane; `done` on the GUI thread unless the database changed meanwhile.
    template <typename Work, typename Done> void onLane(const QString& task, Work work, Done done);
    void jobStarted();
    void jobEnded();
    std::function<void(double)> progressReporter(const QString& task, quint64 epoch);

    QThreadPool m_lane;
    QTimer m_debounce;
    std::shared_ptr<core::Analysis> m_analysis;
    std::shared_ptr<const core::AnalysisResults> m_results;
    core::Thresholds m_thresholds;
    core::Thresholds m_running; ///< thresholds of the update that runs now
    QString m_path;
    core::Timestamp m_lastImport = core::noTimestamp;
    quint64 m_epoch = 0;
    quint64 m_generation = 0;
    quint64 m_updatesFinished = 0;
    bool m_updating = false;
    bool m_updateQueued = false;
    int m_busyJobs = 0;
    /// The analysis updates, on the lane; one at a time (m_updating), so the stop of a stale one
    /// (cancel()) still hands over its outcome, and the next starts when it has ended.
    JobRunner* m_updates = nullptr;
    JobRunner* m_jobs = nullptr; ///< the lane's jobs (loading, recommendations, evaluation, reports)
    JobRunner* m_derive = nullptr; ///< threshold changes derived from the shown results
    /// Leaders over time: read the snapshot only, so they run beside the lane rather than on it
    /// (months of graphs would hold up a threshold change queued behind them); the latest only.
    JobRunner* m_timelines = nullptr;
};

} // namespace kinsight::ui
