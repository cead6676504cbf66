namespace Alliance.Cli.Report;

/// <summary>The report's stylesheet: dark text on white (contrast well above WCAG AA), print rules for PDF.</summary>
internal static class ReportStyle
{
    public const string Css = """
        :root { color: #1b1b1b; background: #ffffff; font-family: Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; line-height: 1.45; }
        body { margin: 0; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.8rem; margin-top: 0; }
        h2 { font-size: 1.35rem; border-bottom: 2px solid #1b1b1b; padding-bottom: 0.2rem; margin-top: 2.5rem; }
        h3 { font-size: 1.1rem; }
        code { font-size: 0.95em; }
        .table { overflow-x: auto; max-width: 100%; }
        table { border-collapse: collapse; margin: 1rem 0; font-size: 0.9rem; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; }
        th, td { border-bottom: 1px solid #8a8a8a; padding: 0.25rem 0.6rem; text-align: right; }
        thead th { border-bottom: 2px solid #1b1b1b; }
        th[scope="row"], .text { text-align: left; }
        figure { margin: 1.5rem 0; break-inside: avoid; }
        figure svg { max-width: 100%; height: auto; display: block; }
        figcaption { font-size: 0.9rem; color: #333333; margin-top: 0.4rem; }
        .figures { display: flex; flex-wrap: wrap; gap: 1.5rem; }
        .figures figure { flex: 0 1 26rem; margin: 1rem 0; }
        .note { color: #333333; font-size: 0.9rem; }
        @media print {
          main { max-width: none; padding: 0; }
          section { break-before: page; }
          h2 { margin-top: 0; }
          tr, figure { break-inside: avoid; }
          .table { overflow: visible; }
        }

        """;
}
