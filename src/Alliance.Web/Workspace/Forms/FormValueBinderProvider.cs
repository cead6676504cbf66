using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Alliance.Web.Workspace.Forms;

/// <summary>Uses <see cref="FormValueBinder"/> for the form inputs' <c>int?</c> and <c>DateOnly?</c> properties.</summary>
internal sealed class FormValueBinderProvider : IModelBinderProvider
{
    private static readonly FormValueBinder Binder = new(signed: false);

    private static readonly FormValueBinder SignedBinder = new(signed: true);

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Metadata;
        return metadata.ModelType == typeof(int?) || metadata.ModelType == typeof(DateOnly?)
            ? metadata.ContainerType?.IsAssignableTo(typeof(IFormInput)) == true
                ? metadata.ContainerType.GetProperty(metadata.PropertyName!)?.IsDefined(typeof(SignedNumberAttribute), inherit: false) == true ? SignedBinder : Binder
                : null
            : null;
    }
}
