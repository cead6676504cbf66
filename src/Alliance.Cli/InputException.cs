namespace Alliance.Cli;

/// <summary>Bad input from the user (a file, a flag's value): exit code 2, message names the place at fault.</summary>
internal sealed class InputException : Exception
{
    public InputException(string message) : base(message) { }

    public InputException(string message, Exception inner) : base(message, inner) { }

    public InputException() { }
}
