using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Alliance.Web.Workspace.Forms;

/// <summary>Uses <see cref="FormValueBinder"/> for the form inputs' <c>int?</c> and <c>DateOnly?</c> properties.</summary>
internal sealed class FormValueBinderProvider : IModelBinderProvider
{
    private static readonly FormValueBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Metadata;
        return metadata.ModelType == typeof(int?) || metadata.ModelType == typeof(DateOnly?)
            ? metadata.ContainerType?.IsAssignableTo(typeof(IFormInput)) == true ? Binder : null
            : null;
    }
}
