import { Body, Controller, Module, Post } from '@nestjs/common';
import got from 'got';

/** Registered only when ENABLE_COPILOT=true. */
@Controller('copilot')
export class CopilotController {
  @Post('complete')
  async complete(@Body() body: { prompt: string; language: 'javascript' | 'sql' }) {
    const res: any = await got
      .post('https://api.openai.com/v1/chat/completions', {
        headers: { Authorization: `Bearer ${process.env.COPILOT_OPENAI_API_KEY}` },
        json: {
          model: 'gpt-4o-mini',
          messages: [
            { role: 'system', content: `Complete the user's ${body.language} snippet. Reply with code only.` },
            { role: 'user', content: body.prompt },
          ],
        },
      })
      .json();
    return { completion: res.choices?.[0]?.message?.content ?? '' };
  }
}

@Module({ controllers: [CopilotController] })
export class CopilotModule {}
