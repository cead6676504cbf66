var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/", () => Results.Text("Alliance: the web platform is not yet available in this build.\n"));

app.Run();
