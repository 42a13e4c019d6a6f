#include "sha256.h"

#include <new>
#include <stdexcept>

#include <openssl/evp.h>

namespace kinsight::core {

struct Sha256::State {
    EVP_MD_CTX* context = nullptr;
    std::string digest; ///< hex, once final
    ~State() { EVP_MD_CTX_free(context); }
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
    m_state->context = EVP_MD_CTX_new();
    if (!m_state->context)
        throw std::bad_alloc();
    if (EVP_DigestInit_ex(m_state->context, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 is not available from libcrypto");
}

Sha256::~Sha256() = default;
Sha256::Sha256(Sha256&&) noexcept = default;
Sha256& Sha256::operator=(Sha256&&) noexcept = default;

void Sha256::add(std::string_view bytes)
{
    if (m_state->digest.empty() && !bytes.empty())
        EVP_DigestUpdate(m_state->context, bytes.data(), bytes.size());
}

std::string Sha256::hex()
{
    if (m_state->digest.empty()) {
        unsigned char raw[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_state->context, raw, &length);
        static constexpr char digits[] = "0123456789abcdef";
        for (unsigned int i = 0; i < length; ++i) {
            m_state->digest += digits[raw[i] >> 4];
            m_state->digest += digits[raw[i] & 0xf];
        }
    }
    return m_state->digest;
}

std::string Sha256::hexOf(std::string_view bytes)
{
    Sha256 hash;
    hash.add(bytes);
    return hash.hex();
}

} // namespace kinsight::core
