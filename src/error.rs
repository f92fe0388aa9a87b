use std::fmt;
use std::path::PathBuf;

/// An error from building a gazetteer or an extractor.
///
/// Its [`kind`](Error::kind) says what went wrong; its message says where and
/// what to do about it.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

/// What went wrong.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A gazetteer line could not be used.
    Gazetteer {
        /// The file (or source name) the line came from.
        source: String,
        /// The line number, counting from 1.
        line: usize,
        /// What is wrong with the line.
        message: String,
    },
    /// Two records share one id.
    DuplicateId {
        /// The id used twice.
        id: String,
        /// Where it was first defined, as `source:line`.
        first: String,
        /// Where it was defined again, as `source:line`.
        second: String,
    },
    /// A file could not be read.
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        error: std::io::Error,
    },
    /// The gazetteer has no names to match at all.
    EmptyGazetteer,
    /// The matcher could not be built from the names.
    Matcher {
        /// What the automaton refused.
        message: String,
    },
}

impl Error {
    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    pub(crate) fn gazetteer(source: &str, line: usize, message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Gazetteer {
                source: source.to_string(),
                line,
                message: message.into(),
            },
        }
    }

    pub(crate) fn duplicate_id(id: &str, first: String, second: String) -> Error {
        Error {
            kind: ErrorKind::DuplicateId {
                id: id.to_string(),
                first,
                second,
            },
        }
    }

    pub(crate) fn io(path: impl Into<PathBuf>, error: std::io::Error) -> Error {
        Error {
            kind: ErrorKind::Io {
                path: path.into(),
                error,
            },
        }
    }

    pub(crate) fn matcher(message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Matcher {
                message: message.into(),
            },
        }
    }

    pub(crate) fn empty() -> Error {
        Error {
            kind: ErrorKind::EmptyGazetteer,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Gazetteer {
                source,
                line,
                message,
            } => write!(
                f,
                "{source}:{line}: {message} (see gazetteers/README.md for the line format)"
            ),
            ErrorKind::DuplicateId { id, first, second } => write!(
                f,
                "{second}: id {id:?} is already defined at {first}; give each record its own id"
            ),
            ErrorKind::Io { path, error } => {
                write!(f, "cannot read {}: {error}", path.display())
            }
            ErrorKind::EmptyGazetteer => write!(
                f,
                "the gazetteer has no names to match; add a file or keep the default gazetteer"
            ),
            ErrorKind::Matcher { message } => write!(
                f,
                "cannot build the matcher: {message}; split the gazetteer or drop some aliases"
            ),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io { error, .. } => Some(error),
            _ => None,
        }
    }
}
