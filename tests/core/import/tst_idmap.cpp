// IdMap: the importer's external id → rowid table. Keys of up to 15 bytes are held in their slot,
// longer ones out of line; both must be found, told apart, and survive the table's growth.

#include <QTest>

#include "core/import/importrun.h"

using kinsight::core::importing::IdMap;

class TestIdMap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findsWhatWasAdded_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short") << QByteArray("u1");
        QTest::newRow("15 bytes, the last held in the slot") << QByteArray("abcdefghijklmno");
        QTest::newRow("16 bytes, the first out of line") << QByteArray("abcdefghijklmnop");
        QTest::newRow("a UUID") << QByteArray("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        QTest::newRow("Chinese (UTF-8)") << QByteArray("会员一二三四五六");
    }
    void findsWhatWasAdded()
    {
        QFETCH(QByteArray, id);
        const std::string_view key(id.constData(), static_cast<size_t>(id.size()));
        IdMap map;
        QCOMPARE(map.find(key), -1);
        QCOMPARE(map.tryEmplace(key, 42), std::make_pair(std::int64_t { 42 }, true));
        QCOMPARE(map.find(key), 42);
        // Added again: the first value stays.
        QCOMPARE(map.tryEmplace(key, 7), std::make_pair(std::int64_t { 42 }, false));
        // A key one byte shorter or longer is another key.
        const std::string longer = std::string(key) + "x";
        QCOMPARE(map.find(longer), -1);
        if (!key.empty())
            QCOMPARE(map.find(key.substr(0, key.size() - 1)), -1);
    }

    // 100,000 ids of 8 to 24 bytes, added from an empty table (it grows many times), each found
    // with its own rowid, and ids never added are not found.
    void growsAndKeepsEveryId()
    {
        IdMap map;
        const auto idOf = [](int i) { return "m" + std::to_string(i) + std::string(static_cast<size_t>(i % 17), 'z'); };
        for (int i = 0; i < 100000; ++i)
            QVERIFY(map.tryEmplace(idOf(i), i + 1).second);
        for (int i = 0; i < 100000; ++i)
            QCOMPARE(map.find(idOf(i)), i + 1);
        for (int i = 100000; i < 100100; ++i)
            QCOMPARE(map.find(idOf(i)), -1);
        map.clear();
        QCOMPARE(map.find(idOf(1)), -1);
    }

    // Distinct ids added at once (as an import loads a table's ids), short and long, then more
    // added one by one: every one found, an absent one not.
    void addsDistinctIdsAtOnce()
    {
        std::string keys;
        std::vector<IdMap::Span> spans;
        const auto idOf
            = [](int i) { return "id" + std::to_string(i) + std::string(static_cast<size_t>(i % 23), 'q'); };
        for (int i = 0; i < 50000; ++i) {
            const std::string id = idOf(i);
            spans.push_back({ keys.size(), static_cast<std::uint32_t>(id.size()), 1000 + i });
            keys += id;
        }
        IdMap map;
        map.addDistinct(keys, spans);
        for (int i = 0; i < 50000; ++i)
            QCOMPARE(map.find(idOf(i)), 1000 + i);
        QCOMPARE(map.find("id50000"), -1);
        for (int i = 50000; i < 60000; ++i)
            QVERIFY(map.tryEmplace(idOf(i), 1000 + i).second);
        QCOMPARE(map.tryEmplace(idOf(7), 1), std::make_pair(std::int64_t { 1007 }, false));
        for (int i = 0; i < 60000; ++i)
            QCOMPARE(map.find(idOf(i)), 1000 + i);
    }
};

QTEST_APPLESS_MAIN(TestIdMap)
#include "tst_idmap.moc"
