namespace Chitin.Audit.Integrity;

/// <summary>Why a baseline could not be used; each has its own clear message.</summary>
public enum IntegrityFailure
{
    /// <summary>No baseline has been recorded for this state dir.</summary>
    NoBaseline,

    /// <summary>The signing key file is missing.</summary>
    KeyMissing,

    /// <summary>The key file (or its folder) is open to group or others, or owned by someone else.</summary>
    KeyPermissions,

    /// <summary>The key file does not hold a Chitin key.</summary>
    KeyInvalid,

    /// <summary>The baseline was signed with another key.</summary>
    WrongKey,

    /// <summary>The baseline's content does not match its signature: it was edited.</summary>
    SignatureMismatch,

    /// <summary>The baseline belongs to another state dir.</summary>
    OtherStateDir,

    /// <summary>The baseline was recorded on another machine.</summary>
    OtherMachine,

    /// <summary>The baseline file is not a Chitin baseline (not JSON, wrong format).</summary>
    Corrupt,

    /// <summary>A location is unsafe (key or baseline inside the state dir).</summary>
    UnsafeLocation,

    /// <summary>Recording would overwrite a baseline that shows unreviewed changes or cannot be checked.</summary>
    WouldOverwrite,

    /// <summary>Nothing to accept at the given path.</summary>
    NothingToAccept,

    /// <summary>The state dir to record does not exist.</summary>
    StateDirMissing,
}
