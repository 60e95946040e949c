// Connects Bot Framework Web Chat to this bot's Direct Line endpoint (/v3/directline) with a token from /webchat/token.
// ?user=<id>&name=<name> picks the user (local mode); ?polling=1 polls instead of using the WebSocket stream.
(async function () {
  const params = new URLSearchParams(location.search);
  for (const el of document.querySelectorAll('.endpoint')) el.textContent = location.origin + el.dataset.path;
  for (const el of document.querySelectorAll('.playground')) {
    el.textContent = 'npx agentsplayground -e ' + location.origin + '/api/messages -c msteams --disable-telemetry -p 56150';
  }

  const status = document.getElementById('status');
  const userId = params.get('user') || 'web-' + Math.random().toString(36).slice(2, 10);
  const userName = params.get('name') || 'You';
  const response = await fetch('/webchat/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: { id: userId, name: userName } }),
  });
  if (!response.ok) {
    status.textContent = 'Could not start a conversation: ' + response.status + ' ' + (await response.text());
    return;
  }

  const { token } = await response.json();
  const directLine = window.WebChat.createDirectLine({
    domain: location.origin + '/v3/directline',
    token,
    webSocket: params.get('polling') !== '1',
  });
  window.WebChat.renderWebChat({
    directLine,
    userID: userId,
    username: userName,
    locale: 'en-US',
    styleOptions: {
      accent: '#4f52b2',
      botAvatarInitials: 'AB',
      botAvatarBackgroundColor: '#4f52b2',
      userAvatarInitials: userName.slice(0, 2).toUpperCase(),
      bubbleBorderRadius: 10,
      bubbleFromUserBackground: '#e8ebfa',
      bubbleFromUserBorderRadius: 10,
      bubbleMaxWidth: 560,
      hideUploadButton: true,
      sendBoxButtonColor: '#4f52b2',
      suggestedActionLayout: 'flow',
      primaryFont: '"Segoe UI", "DejaVu Sans", system-ui, sans-serif',
      adaptiveCardsParserMaxVersion: '1.5',
    },
  }, document.getElementById('webchat'));
  window.advisorBotDirectLine = directLine;
})();
