#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

#include "core/util/reason.h"

namespace kinsight::core {

/// What kind of outcome an Error is. A cancelled computation is not a failure: callers test
/// `cancelled()`, never the message.
enum class ErrorCode {
    Failed, ///< something went wrong; `message` says what
    Cancelled, ///< the caller asked the computation to stop (TaskControl) and it did
};

/// An error a user can read: what went wrong and, where it applies, where. `message` is the
/// English sentence (logs, tests, callers that print it as it is); `reason` is the same as data (a
/// stable code and its arguments) for the edges to render in the operator's language
/// (core/text/messagetext.h, errorText()). An error without a code renders as its message.
struct Error {
    std::string message;
    Reason reason = {};
    ErrorCode code = ErrorCode::Failed;

    /// The outcome of a computation stopped through its TaskControl.
    static Error cancelled() { return Error { "cancelled", { "task.cancelled", {} }, ErrorCode::Cancelled }; }
};

/// A value or an Error. Core functions that can fail return this instead of throwing.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(Error error)
        : m_state(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    const std::string& error() const { return std::get<Error>(m_state).message; }
    /// The error itself (message and code); only when !ok().
    const Error& failure() const { return std::get<Error>(m_state); }
    /// True when the computation was cancelled rather than failed.
    bool cancelled() const { return !ok() && failure().code == ErrorCode::Cancelled; }

private:
    std::variant<T, Error> m_state;
};

/// Result of an operation that returns nothing but may fail.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    { }
    static Status success() { return {}; }
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const std::string& error() const { return m_error->message; }
    /// The error itself (message and code); only when !ok().
    const Error& failure() const { return *m_error; }
    /// True when the computation was cancelled rather than failed.
    bool cancelled() const { return m_error && m_error->code == ErrorCode::Cancelled; }

private:
    std::optional<Error> m_error;
};

} // namespace kinsight::core
