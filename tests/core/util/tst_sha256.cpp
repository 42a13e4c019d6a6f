// SHA-256 against the test vectors published with the standard (FIPS 180-2, appendix B, and the
// NIST example values), fed at once and in pieces.
#include <QTest>

#include "core/util/sha256.h"

using kinsight::core::Sha256;

class TestSha256 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void knownDigests_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("digest");
        QTest::newRow("empty") << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::newRow("abc") << QByteArray("abc") << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                    << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
        QTest::newRow("a million a") << QByteArray(1'000'000, 'a')
                                     << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
    }
    void knownDigests()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, digest);
        const std::string_view bytes(message.constData(), static_cast<size_t>(message.size()));
        QCOMPARE(QString::fromStdString(Sha256::hexOf(bytes)), digest);
        // In uneven pieces, as a reader's blocks come.
        Sha256 pieces;
        for (size_t at = 0, step = 1; at < bytes.size(); at += step, step = step * 3 + 1)
            pieces.add(bytes.substr(at, step));
        QCOMPARE(QString::fromStdString(pieces.hex()), digest);
        QCOMPARE(QString::fromStdString(pieces.hex()), digest); // final: asking again gives the same
    }
};

QTEST_APPLESS_MAIN(TestSha256)
#include "tst_sha256.moc"
