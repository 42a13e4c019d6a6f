#include "schema.h"

#include <string_view>

namespace kinsight::core {

const char* const schemaVersion1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE members (
    id          INTEGER PRIMARY KEY,
    member_id   TEXT NOT NULL UNIQUE,
    joined_at   INTEGER NOT NULL,
    name        TEXT,
    email       TEXT,
    phone       TEXT,
    channel     TEXT,
    city        TEXT,
    referrer_id TEXT
);

CREATE TABLE products (
    id          INTEGER PRIMARY KEY,
    product_id  TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'other',
    tier        TEXT,
    list_price  INTEGER CHECK (list_price IS NULL OR list_price >= 0),
    description TEXT,
    tags        TEXT,
    created_at  INTEGER
);

CREATE TABLE orders (
    id        INTEGER PRIMARY KEY,
    order_id  TEXT NOT NULL UNIQUE,
    member    INTEGER NOT NULL REFERENCES members(id),
    product   INTEGER NOT NULL REFERENCES products(id),
    paid_at   INTEGER NOT NULL,
    amount    INTEGER NOT NULL CHECK (amount >= 0),
    currency  TEXT NOT NULL,
    type      TEXT NOT NULL DEFAULT 'purchase',
    plan      TEXT,
    status    TEXT NOT NULL DEFAULT 'paid',
    coupon    TEXT
);
CREATE INDEX orders_by_member ON orders(member, paid_at);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    member      INTEGER NOT NULL REFERENCES members(id),
    product     INTEGER REFERENCES products(id),
    occurred_at INTEGER NOT NULL,
    type        TEXT NOT NULL,
    value       REAL
);
CREATE UNIQUE INDEX events_by_content ON events(member, occurred_at, type, ifnull(product, 0), ifnull(value, ''));

CREATE TABLE ratings (
    id       INTEGER PRIMARY KEY,
    member   INTEGER NOT NULL REFERENCES members(id),
    product  INTEGER NOT NULL REFERENCES products(id),
    rating   INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    rated_at INTEGER NOT NULL,
    review   TEXT
);
CREATE UNIQUE INDEX ratings_by_content ON ratings(member, rated_at, product, rating, ifnull(review, ''));

CREATE TABLE interactions (
    id             INTEGER PRIMARY KEY,
    from_member    INTEGER NOT NULL REFERENCES members(id),
    to_member      INTEGER NOT NULL REFERENCES members(id),
    occurred_at    INTEGER NOT NULL,
    type           TEXT NOT NULL DEFAULT 'reply',
    weight         REAL NOT NULL DEFAULT 1 CHECK (weight > 0)
);
CREATE UNIQUE INDEX interactions_by_content ON interactions(from_member, occurred_at, to_member, type, weight);

CREATE TABLE imports (
    id            INTEGER PRIMARY KEY,
    file          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    rows_read     INTEGER NOT NULL,
    rows_imported INTEGER NOT NULL,
    rows_skipped  INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL,
    imported_at   INTEGER NOT NULL
);

CREATE TABLE segments (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT,
    created_at  INTEGER NOT NULL
);
CREATE TABLE segment_members (
    segment INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    member  INTEGER NOT NULL REFERENCES members(id),
    PRIMARY KEY (segment, member)
) WITHOUT ROWID;
)sql";

// Version 2 (an in-place upgrade of version 1, run in the migration's transaction):
// - events, ratings, interactions: `copies`, how many identical copies of the row there are (the
//   largest number any single import file held; contract §1, "occurrences, not sets");
// - order_lines: the lines of orders imported with more than one line (an order of one line keeps
//   its product and amount on the order row alone);
// - imports: the rows each import updated and the members/products it created.
const char* const schemaVersion2Upgrade = R"sql(
ALTER TABLE events ADD COLUMN copies INTEGER NOT NULL DEFAULT 1 CHECK (copies >= 1);
ALTER TABLE ratings ADD COLUMN copies INTEGER NOT NULL DEFAULT 1 CHECK (copies >= 1);
ALTER TABLE interactions ADD COLUMN copies INTEGER NOT NULL DEFAULT 1 CHECK (copies >= 1);

CREATE TABLE order_lines (
    id         INTEGER PRIMARY KEY,
    order_ref  INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    line       INTEGER NOT NULL,
    product    INTEGER NOT NULL REFERENCES products(id),
    quantity   REAL,
    unit_price TEXT,
    amount     INTEGER NOT NULL,
    title      TEXT,
    UNIQUE (order_ref, line)
);

ALTER TABLE imports ADD COLUMN rows_updated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE imports ADD COLUMN rows_created INTEGER NOT NULL DEFAULT 0;
)sql";

std::vector<std::string> secondaryIndexStatements()
{
    std::vector<std::string> out;
    for (const char* schema : { schemaVersion1, schemaVersion2Upgrade }) {
        const std::string_view text(schema);
        for (size_t at = text.find("CREATE "); at != std::string_view::npos; at = text.find("CREATE ", at + 1)) {
            const std::string_view rest = text.substr(at);
            const bool unique = rest.starts_with("CREATE UNIQUE INDEX ");
            if (!unique && !rest.starts_with("CREATE INDEX "))
                continue;
            const std::string_view head = unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
            const size_t end = rest.find(';');
            out.push_back(
                std::string(head) + "IF NOT EXISTS " + std::string(rest.substr(head.size(), end - head.size())));
        }
    }
    return out;
}

} // namespace kinsight::core
