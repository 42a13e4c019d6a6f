// The snapshot file reader: arbitrary bytes, and a valid snapshot with bytes changed and its
// checksums recomputed (so that the changes reach the structural checks). No crash, no sanitizer
// report; whatever is accepted is a valid snapshot that writes and reads back to the same digest.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "core/data/communitycolumns.h"
#include "core/store/snapshotfile.h"

#include <unistd.h>

using namespace kinsight::core;

namespace {

std::string fileBytes(const Community& c, const SnapshotKey& key)
{
    char path[] = "/tmp/fuzz_snapshot_XXXXXX";
    const int fd = ::mkstemp(path);
    if (fd < 0)
        std::abort();
    ::close(fd);
    if (!writeSnapshotFile(path, c, key).ok())
        std::abort();
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), {});
    std::remove(path);
    return bytes;
}

SnapshotKey anyKey()
{
    SnapshotKey key;
    key.databaseId = "0123456789abcdef0123456789abcdef";
    key.currency = "CNY";
    key.timeZone = "UTC";
    return key;
}

/// A small community with a row in every table.
const std::string& validImage()
{
    static const std::string image = [] {
        CommunityBuilder b;
        MemberRecord m;
        m.id = "b";
        m.joinedAt = 100;
        m.channel = "wechat";
        m.referrerId = "a";
        b.addMember(m);
        m.id = "a";
        m.joinedAt = 50;
        m.channel = "";
        m.city = "北京";
        m.referrerId = "";
        b.addMember(m);
        ProductRecord p;
        p.id = "p";
        p.title = "t";
        p.tier = "basic";
        b.addProduct(p);
        b.addOrder({ "o1", 0, 0, 200, 990, OrderType::Purchase, Plan::None, OrderStatus::Paid });
        b.addEvent({ 1, 0, 300, "view", 1.5 });
        b.addEvent({ 0, noIndex, 310, "play", std::numeric_limits<double>::quiet_NaN() });
        b.addRating({ 0, 0, 4, 320, "ok" });
        b.addInteraction({ 0, 1, 330, InteractionType::Reply, 1.0 });
        return fileBytes(*b.build(), anyKey());
    }();
    return image;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    std::string bytes;
    if ((data[0] & 1) == 0) {
        bytes.assign(reinterpret_cast<const char*>(data + 1), size - 1);
    } else {
        // (offset: 4 bytes, value: 1 byte) records applied to a valid image, then resealed.
        bytes = validImage();
        for (size_t i = 1; i + 5 <= size; i += 5) {
            std::uint32_t offset = 0;
            for (int k = 0; k < 4; ++k)
                offset |= static_cast<std::uint32_t>(data[i + static_cast<size_t>(k)]) << (8 * k);
            bytes[offset % bytes.size()] = static_cast<char>(data[i + 4]);
        }
        if (data[0] & 2)
            bytes.resize(bytes.size() - (data[0] >> 2) % bytes.size());
        resealSnapshotBytes(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size());
    }
    const auto read = readSnapshotBytes(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), nullptr);
    if (read.ok()) {
        if (!checkCommunity(**read).empty())
            __builtin_trap();
        const std::string again = fileBytes(**read, anyKey());
        const auto back
            = readSnapshotBytes(reinterpret_cast<const unsigned char*>(again.data()), again.size(), nullptr);
        if (!back.ok() || communityDigest(**back) != communityDigest(**read))
            __builtin_trap();
    }
    return 0;
}
