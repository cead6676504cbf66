using System.CommandLine;
using System.Net.Mail;
using System.Security.Cryptography;
using System.Text.Json;
using Alliance.Cli.Instruments;
using Alliance.Data;
using Alliance.Data.Accounts;
using Alliance.Data.Embedded;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Cli.Accounts;

/// <summary>
/// <c>alliance accounts add --email E [--password-stdin] [--json]</c>: a new researcher account (e-mail stored
/// lower-cased, password hashed with <see cref="PasswordHashing"/>). Without <c>--password-stdin</c> a 20-character
/// password is generated and printed once. The account belongs to no study until an owner adds it on the study's
/// Members page. Exit 2 for a malformed or already registered address, or a too short password.
/// </summary>
internal static class AccountsAddCommand
{
    /// <summary>Shortest password accepted from standard input.</summary>
    public const int MinPasswordLength = 10;

    /// <summary>Letters and digits without look-alikes (0/O, 1/l/I), for passwords read off a screen.</summary>
    private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static Command Create(TextReader stdin)
    {
        var email = new Option<string>("--email") { Description = "The researcher's e-mail address (their sign-in name).", Required = true };
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            Description = $"Read the password from the first line of standard input (at least {MinPasswordLength} characters) instead of generating one.",
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON document: {\"account_id\", \"email\", \"password\"} (password only when generated)." };
        var command = new Command("add", "Create a researcher account; prints a generated password once unless --password-stdin is given.")
        {
            email, passwordStdin, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var address = Address(parse.GetValue(email)!);
            var generated = !parse.GetValue(passwordStdin);
            var password = generated ? RandomNumberGenerator.GetString(PasswordAlphabet, 20) : await ReadPasswordAsync(stdin, ct);

            var connection = await AllianceConnection.ResolveAsync(ct);
            await AllianceDbContext.MigrateAsync(connection, ct);
            await using var db = AllianceDbContext.Open(connection);
            if (await db.ResearcherAccounts.AnyAsync(a => a.Email == address, ct))
            {
                throw Exists(address, null);
            }
            var account = new ResearcherAccount
            {
                AccountId = Guid.CreateVersion7(),
                Email = address,
                PasswordHash = PasswordHashing.Hash(password),
                CreatedAt = DateTimeOffset.UtcNow,
            };
            db.ResearcherAccounts.Add(account);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                throw Exists(address, ex);
            }

            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    account_id = account.AccountId,
                    email = address,
                    password = generated ? password : null,
                }, CliJson.Options));
                return CliHost.Success;
            }
            await output.WriteLineAsync($"created account {address} ({account.AccountId:D})");
            if (generated)
            {
                await output.WriteLineAsync($"password: {password}");
                await output.WriteLineAsync("The password is shown only now. Give it to the researcher over a safe channel.");
            }
            await output.WriteLineAsync("A study's owner adds the account on the study's Members page (/studies/<id>/members).");
            return CliHost.Success;
        });
        return command;
    }

    /// <summary>The address lower-cased, or exit 2 when it is not one plain address.</summary>
    private static string Address(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length is 0 or > 254 || !MailAddress.TryCreate(trimmed, out var parsed)
            || parsed.Address != trimmed || parsed.DisplayName.Length > 0 || trimmed.Any(char.IsWhiteSpace))
        {
            throw new InputException($"--email: '{value}' is not an e-mail address");
        }
        return trimmed.ToLowerInvariant();
    }

    private static async Task<string> ReadPasswordAsync(TextReader stdin, CancellationToken ct)
    {
        var line = await stdin.ReadLineAsync(ct);
        if (string.IsNullOrEmpty(line))
        {
            throw new InputException("--password-stdin: standard input held no password");
        }
        if (line.Length < MinPasswordLength)
        {
            throw new InputException($"--password-stdin: the password must have at least {MinPasswordLength} characters");
        }
        return line;
    }

    private static InputException Exists(string address, Exception? inner)
    {
        var message = $"--email: an account with the address {address} already exists";
        return inner is null ? new InputException(message) : new InputException(message, inner);
    }
}
