internal import CSQLite

/// An action SQLite asks an authorizer about while it compiles a statement
/// (<https://www.sqlite.org/c3ref/set_authorizer.html>), reduced to what newsdex decides on.
enum AuthorizerRequest: Equatable {
    /// `ATTACH` or `DETACH`.
    case attachOrDetach
    /// A `PRAGMA`: its name as written and its argument, nil for the reading form `PRAGMA name`.
    case pragma(name: String, argument: String?)
    /// Anything else: reading and writing columns, functions, transactions, DDL.
    case other
}

/// Holds the decision closure while SQLite may call it; the C callback finds it through its context pointer.
private final class AuthorizerBox {
    let allow: (AuthorizerRequest) -> Bool

    init(_ allow: @escaping (AuthorizerRequest) -> Bool) {
        self.allow = allow
    }
}

extension ConnectionHandle {
    /// Runs `body` with `allow` deciding every action that statements prepared meanwhile need
    /// (`sqlite3_set_authorizer`); a denied action makes the prepare fail with `SQLITE_AUTH`.
    ///
    /// `allow` must not use this connection. The authorizer is removed again when `body` returns,
    /// so it checks what is compiled during `body` only.
    func withAuthorizer<T>(_ allow: @escaping (AuthorizerRequest) -> Bool, _ body: () throws -> T) throws -> T {
        let box = AuthorizerBox(allow)
        sqlite3_set_authorizer(pointer, { context, action, first, second, _, _ in
            guard let context else { return SQLITE_DENY }
            let box = Unmanaged<AuthorizerBox>.fromOpaque(context).takeUnretainedValue()
            let text = { (argument: UnsafePointer<CChar>?) in argument.map { String(cString: $0) } }
            let request: AuthorizerRequest = switch action {
            case SQLITE_ATTACH, SQLITE_DETACH: .attachOrDetach
            case SQLITE_PRAGMA: .pragma(name: text(first) ?? "", argument: text(second))
            default: .other
            }
            return box.allow(request) ? SQLITE_OK : SQLITE_DENY
        }, Unmanaged.passUnretained(box).toOpaque())
        defer { sqlite3_set_authorizer(pointer, nil, nil) }
        return try withExtendedLifetime(box) { try body() }
    }
}
