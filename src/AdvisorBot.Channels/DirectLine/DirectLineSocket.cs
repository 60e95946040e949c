using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using AdvisorBot.Channels.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Channels.DirectLine;

/// <summary>
/// One Direct Line WebSocket: sends an ActivitySet frame with everything after the watermark, then one whenever the
/// conversation grows, until the client closes. An append on this instance wakes it at once; it also reads the store
/// every <see cref="DirectLineOptions.StreamPollSeconds"/>, for what other instances sharing the store appended.
/// Frames the client sends (Web Chat's empty pings) are read and ignored.
/// </summary>
public sealed class DirectLineSocket(DirectLineConversations conversations, IOptions<DirectLineOptions> options, TimeProvider time)
{
    public async Task RunAsync(WebSocket socket, string conversationId, long watermark, CancellationToken ct)
    {
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var closed = DrainAsync(socket, closing.Token);
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var next = conversations.NextAppendAsync(conversationId);
                var set = await conversations.ReadAsync(conversationId, watermark, closing.Token).ConfigureAwait(false);
                if (set.Activities.Count > 0)
                {
                    var frame = JsonSerializer.SerializeToUtf8Bytes(set, BotJson.Options);
                    await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, closing.Token).ConfigureAwait(false);
                    watermark = long.Parse(set.Watermark, CultureInfo.InvariantCulture);
                    continue;
                }

                var poll = options.Value.StreamPollSeconds > 0
                    ? Task.Delay(TimeSpan.FromSeconds(options.Value.StreamPollSeconds), time, closing.Token)
                    : Task.Delay(Timeout.Infinite, closing.Token);
                if (await Task.WhenAny(next, closed, poll).ConfigureAwait(false) == closed)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            return;
        }
        finally
        {
            await closing.CancelAsync().ConfigureAwait(false);
        }

        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task DrainAsync(WebSocket socket, CancellationToken ct)
    {
        var buffer = new byte[4096];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, ct).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            return;
        }
    }
}
