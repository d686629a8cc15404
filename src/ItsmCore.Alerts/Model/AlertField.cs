namespace ItsmCore.Alerts;

/// <summary>The text fields of an <see cref="Alert"/> that exact-match and prefix conditions read.</summary>
public enum AlertField
{
    /// <summary><see cref="Alert.Source"/>: the monitoring system or agent that raised the alert.</summary>
    Source = 0,

    /// <summary><see cref="Alert.Check"/>: the check that fired (e.g. <c>disk-usage</c>, <c>http-url</c>).</summary>
    Check = 1,

    /// <summary><see cref="Alert.ConfigurationItem"/>: the CI's id (an alert without a CI matches no condition on it).</summary>
    ConfigurationItem = 2,

    /// <summary><see cref="Alert.Fingerprint"/>: the key that identifies repeats of one problem.</summary>
    Fingerprint = 3,
}
