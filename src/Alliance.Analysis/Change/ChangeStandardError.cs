namespace Alliance.Analysis.Change;

/// <summary>Which standard error divides the pre–post difference in the reliable change index (Maassen 2004 lists the variants).</summary>
public enum ChangeStandardError
{
    /// <summary>Jacobson &amp; Truax (1991): S_diff = √(2·SE²), SE = s₁√(1 − rₓₓ).</summary>
    JacobsonTruax1991,

    /// <summary>Jacobson, Follette &amp; Revenstorf (1984): the SE of measurement alone, s₁√(1 − rₓₓ) (criticised by Christensen &amp; Mendoza 1986).</summary>
    JacobsonFolletteRevenstorf1984,
}
