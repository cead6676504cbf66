using System.Text;
using System.Text.Json;
using Alliance.Analysis.Mixed;

namespace Alliance.Cli.Mixed;

/// <summary>The <c>mixed --json</c> document (docs/mixed-models.md), plus aic, bic, converged, singular, messages, theta, evaluations.</summary>
internal static class MixedJson
{
    public static string Write(MixedModelFit fit) => Document(w => Fit(w, fit));

    /// <summary>One JSON object written by <paramref name="body"/> (its properties only), as a string.</summary>
    public static string Document(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The properties of the <c>mixed --json</c> document.</summary>
    public static void Fit(Utf8JsonWriter w, MixedModelFit fit)
    {
        w.WriteString("formula", fit.Formula);
        w.WriteBoolean("reml", fit.Reml);
        w.WriteNumber("n_obs", fit.NObs);
        w.WriteStartObject("groups");
        foreach (var (group, levels) in fit.Groups)
        {
            w.WriteNumber(group, levels);
        }
        w.WriteEndObject();
        w.WriteStartArray("fixed");
        foreach (var f in fit.Fixed)
        {
            w.WriteStartObject();
            w.WriteString("term", f.Term);
            Number(w, "estimate", f.Estimate);
            Number(w, "std_error", f.StdError);
            Number(w, "t", f.T);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("random");
        foreach (var r in fit.Random)
        {
            w.WriteStartObject();
            w.WriteString("group", r.Group);
            w.WriteString("term", r.Term);
            Number(w, "sd", r.Sd);
            Number(w, "variance", r.Variance);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("correlations");
        foreach (var c in fit.Correlations)
        {
            w.WriteStartObject();
            w.WriteString("group", c.Group);
            w.WriteStartArray("terms");
            w.WriteStringValue(c.Term1);
            w.WriteStringValue(c.Term2);
            w.WriteEndArray();
            Number(w, "r", c.R);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Number(w, "residual_sd", fit.ResidualSd);
        Number(w, "reml_criterion", fit.RemlCriterion);
        Number(w, "log_likelihood", fit.LogLikelihood);
        Number(w, "deviance", fit.Deviance);
        Number(w, "aic", fit.Aic);
        Number(w, "bic", fit.Bic);
        w.WriteBoolean("converged", fit.Converged);
        w.WriteBoolean("singular", fit.Singular);
        w.WriteNumber("evaluations", fit.Evaluations);
        Number(w, "max_gradient", fit.MaxGradient);
        w.WriteStartArray("theta");
        foreach (var t in fit.Theta)
        {
            w.WriteNumberValue(t);
        }
        w.WriteEndArray();
        w.WriteStartArray("messages");
        foreach (var m in fit.Messages)
        {
            w.WriteStringValue(m);
        }
        w.WriteEndArray();
    }

    // JSON has no NaN (a correlation of a zero-variance effect): write null.
    internal static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
