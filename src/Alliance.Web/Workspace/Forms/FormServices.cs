using Microsoft.AspNetCore.Mvc;

namespace Alliance.Web.Workspace.Forms;

/// <summary>Registers how workspace forms are bound (<see cref="FormValueBinderProvider"/>) and checked (<see cref="FormCheckFilter"/>).</summary>
internal static class FormServices
{
    public static IServiceCollection AddWorkspaceForms(this IServiceCollection services) =>
        services.Configure<MvcOptions>(o =>
        {
            o.ModelBinderProviders.Insert(0, new FormValueBinderProvider());
            o.Filters.Add<FormCheckFilter>();
            // A form input's non-nullable string means "empty when not posted", not "required": whether it may be
            // empty is its Check's business, worded like every other problem of the form.
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        });
}
