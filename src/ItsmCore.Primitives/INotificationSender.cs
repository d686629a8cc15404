using System.Threading;
using System.Threading.Tasks;

namespace ItsmCore.Primitives;

/// <summary>
/// Port: delivers notifications to people. The host implements it (mail, chat, paging); <c>ItsmCore.Testing</c>
/// ships a recorder.
/// </summary>
public interface INotificationSender
{
    /// <summary>Sends one notification.</summary>
    /// <param name="notification">What to send.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>A task that completes when the notification is handed over.</returns>
    Task SendAsync(Notification notification, CancellationToken cancellationToken = default);
}
