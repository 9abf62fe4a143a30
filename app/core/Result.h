#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Newsdesk {

/// A failure reported as a value: a translated message for people and a code for scripts.
struct Error
{
    enum class Code {
        Failed,          ///< An operation failed; the message says why.
        NotFound,        ///< The object asked for does not exist.
        InvalidArgument, ///< The caller passed a value the operation cannot take.
        NewerVersion,    ///< The library was written by a newer Newsdesk.
        NotALibrary,     ///< The file is not a Newsdesk library (or is damaged).
        Locked,          ///< Another process holds the library.
    };

    Code code = Code::Failed;
    QString message;
};

/// Either a value or an Error. Errors are values: nothing in Newsdesk throws across Qt code.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    // By value, not T&&: `for (x : makeResult().value())` would otherwise range over a destroyed temporary.
    T value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    // By value for the same reason as value() &&: `*makeResult()` must not refer into a dying temporary.
    T operator*() && { return std::move(*this).value(); }

    const Error &error() const { return std::get<Error>(m_state); }
    QString errorString() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

/// Result of an operation that has no value to return.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorString() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace Newsdesk
