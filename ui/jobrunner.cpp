#include "jobrunner.h"

// JobRunner is a template over its work; this file gives its Q_OBJECT a home for moc.
