using System.Text;
using Northgate.GantryWatch.FineCollectionService.Models;

namespace Northgate.GantryWatch.FineCollectionService.Helpers;

public static class EmailUtils
{
    public static string CreateEmailBody(SpeedingViolation violation, VehicleInfo vehicleInfo, string fine)
    {
        var sb = new StringBuilder();
        sb.Append("<html><head><style>body { font-family: Segoe UI, sans-serif; }</style></head><body>");
        sb.Append("<h2>Northgate Tollways &mdash; Notice of speeding violation</h2>");
        sb.Append($"<p>Dear {vehicleInfo.OwnerName},</p>");
        sb.Append("<p>Our GantryWatch average-speed system registered the following violation:</p>");
        sb.Append("<table>");
        sb.Append($"<tr><td>Road</td><td>{violation.RoadId}</td></tr>");
        sb.Append($"<tr><td>Vehicle</td><td>{vehicleInfo.Brand} {vehicleInfo.Model} ({violation.VehicleId})</td></tr>");
        sb.Append($"<tr><td>Date</td><td>{violation.Timestamp:dd-MM-yyyy}</td></tr>");
        sb.Append($"<tr><td>Time</td><td>{violation.Timestamp:HH:mm:ss}</td></tr>");
        sb.Append($"<tr><td>Violation</td><td>{violation.ViolationInKmh} km/h</td></tr>");
        sb.Append($"<tr><td>Fine</td><td>{fine}</td></tr>");
        sb.Append("</table>");
        sb.Append("<p>Please pay within 14 days via the Northgate Tollways customer portal.</p>");
        sb.Append("</body></html>");
        return sb.ToString();
    }
}
