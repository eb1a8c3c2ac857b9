#include "CorpusPhrases.h"

// Written for the benchmark so that bm25 ranking and page compression see
// text with a realistic vocabulary spread, not one repeated sentence. All
// news here is invented.

namespace digest::bench::phrases {

namespace {

// ---------------------------------------------------------------- companies and models
// Several spellings per model on purpose: digests write "Gemini 1.5 Pro",
// "Gemini1.5Pro" and "gemini-1.5-pro" for one model.

constexpr const char* kGemini15[] = {"Gemini 1.5 Pro", "Gemini1.5Pro", "gemini-1.5-pro", "Gemini-1.5-Pro", "Gemini 1.5 pro"};
constexpr const char* kGemini20[] = {"Gemini 2.0 Flash", "Gemini2.0Flash", "gemini-2.0-flash"};
constexpr const char* kGemma[] = {"Gemma 2", "Gemma2", "gemma-2-9b"};
constexpr const char* kVeo[] = {"Veo 2", "Veo2"};
constexpr Model kGoogleModels[] = {{kGemini15}, {kGemini20}, {kGemma}, {kVeo}};
constexpr const char* kGoogle[] = {"谷歌", "Google", "谷歌DeepMind", "Google DeepMind"};

constexpr const char* kGpt4o[] = {"GPT-4o", "gpt-4o", "GPT4o"};
constexpr const char* kO1[] = {"o1", "o1-preview", "o1-mini"};
constexpr const char* kSora[] = {"Sora", "Sora Turbo"};
constexpr const char* kChatGpt[] = {"ChatGPT", "ChatGPT Plus"};
constexpr const char* kGpt4t[] = {"GPT-4 Turbo", "GPT-4-Turbo", "GPT-4"};
constexpr Model kOpenAiModels[] = {{kGpt4o}, {kO1}, {kSora}, {kChatGpt}, {kGpt4t}};
constexpr const char* kOpenAi[] = {"OpenAI"};

constexpr const char* kTongyi[] = {"通义千问", "通义千问2.5", "通义"};
constexpr const char* kQwen25[] = {"Qwen2.5", "Qwen 2.5", "qwen2.5", "Qwen2.5-72B"};
constexpr const char* kQwen2[] = {"Qwen2-7B", "Qwen2", "Qwen-VL"};
constexpr Model kAliModels[] = {{kTongyi}, {kQwen25}, {kQwen2}};
constexpr const char* kAli[] = {"阿里", "阿里巴巴", "阿里云", "Alibaba"};

constexpr const char* kGlm47[] = {"GLM-4.7-Flash", "GLM 4.7 Flash", "glm-4.7-flash", "GLM4.7-Flash"};
constexpr const char* kGlm4[] = {"GLM-4-9B", "GLM-4", "ChatGLM"};
constexpr const char* kQingyan[] = {"智谱清言", "CogVideoX"};
constexpr Model kZhipuModels[] = {{kGlm47}, {kGlm4}, {kQingyan}};
constexpr const char* kZhipu[] = {"智谱", "智谱AI", "Zhipu"};

constexpr const char* kKling[] = {"可灵", "可灵AI", "Kling"};
constexpr const char* kKuaiyi[] = {"快意大模型", "可图"};
constexpr Model kKuaishouModels[] = {{kKling}, {kKuaiyi}};
constexpr const char* kKuaishou[] = {"快手", "Kuaishou"};

constexpr const char* kWenxin[] = {"文心一言", "文心大模型", "文心一言4.0"};
constexpr const char* kErnie[] = {"ERNIE 4.0", "ERNIE-4.0", "ERNIE Bot"};
constexpr Model kBaiduModels[] = {{kWenxin}, {kErnie}};
constexpr const char* kBaidu[] = {"百度", "Baidu"};

constexpr const char* kHunyuan[] = {"混元", "腾讯混元", "Hunyuan"};
constexpr const char* kYuanbao[] = {"元宝", "腾讯元宝"};
constexpr Model kTencentModels[] = {{kHunyuan}, {kYuanbao}};
constexpr const char* kTencent[] = {"腾讯", "Tencent"};

constexpr const char* kDoubao[] = {"豆包", "豆包大模型", "Doubao"};
constexpr const char* kJimeng[] = {"即梦", "即梦AI"};
constexpr Model kBytedanceModels[] = {{kDoubao}, {kJimeng}};
constexpr const char* kBytedance[] = {"字节跳动", "字节", "ByteDance"};

constexpr const char* kDsV3[] = {"DeepSeek-V3", "DeepSeek V3", "deepseek-v3"};
constexpr const char* kDsR1[] = {"DeepSeek-R1", "DeepSeek R1"};
constexpr Model kDeepSeekModels[] = {{kDsV3}, {kDsR1}};
constexpr const char* kDeepSeek[] = {"DeepSeek", "深度求索"};

constexpr const char* kSonnet[] = {"Claude 3.5 Sonnet", "Claude3.5 Sonnet", "claude-3.5-sonnet"};
constexpr const char* kOpus[] = {"Claude 3 Opus", "Claude"};
constexpr Model kAnthropicModels[] = {{kSonnet}, {kOpus}};
constexpr const char* kAnthropic[] = {"Anthropic"};

constexpr const char* kLlama3[] = {"Llama 3", "Llama3", "Llama-3-8B", "LLaMA 3"};
constexpr const char* kLlama31[] = {"Llama 3.1 405B", "Llama-3.1-405B"};
constexpr Model kMetaModels[] = {{kLlama3}, {kLlama31}};
constexpr const char* kMeta[] = {"Meta", "Meta AI"};

constexpr const char* kMistralLarge[] = {"Mistral Large", "Mistral-Large-2"};
constexpr const char* kMixtral[] = {"Mixtral 8x7B", "Mixtral-8x7B"};
constexpr Model kMistralModels[] = {{kMistralLarge}, {kMixtral}};
constexpr const char* kMistral[] = {"Mistral AI", "Mistral"};

constexpr const char* kGen45[] = {"Gen-4.5", "Runway Gen-4.5", "Gen 4.5"};
constexpr const char* kGen3[] = {"Gen-3 Alpha", "Gen-3"};
constexpr Model kRunwayModels[] = {{kGen45}, {kGen3}};
constexpr const char* kRunway[] = {"Runway"};

constexpr const char* kKimi[] = {"Kimi", "Kimi智能助手", "kimi"};
constexpr Model kMoonshotModels[] = {{kKimi}};
constexpr const char* kMoonshot[] = {"月之暗面", "Moonshot AI"};

constexpr const char* kHailuo[] = {"海螺AI", "海螺视频"};
constexpr const char* kAbab[] = {"abab 6.5", "abab6.5"};
constexpr Model kMiniMaxModels[] = {{kHailuo}, {kAbab}};
constexpr const char* kMiniMax[] = {"MiniMax", "稀宇科技"};

constexpr const char* kH100[] = {"H100", "H100 GPU"};
constexpr const char* kBlackwell[] = {"Blackwell", "B200"};
constexpr const char* kNemotron[] = {"Nemotron", "Nemotron-4"};
constexpr Model kNvidiaModels[] = {{kH100}, {kBlackwell}, {kNemotron}};
constexpr const char* kNvidia[] = {"英伟达", "NVIDIA", "Nvidia"};

constexpr const char* kCopilot[] = {"Copilot", "Microsoft Copilot"};
constexpr const char* kPhi3[] = {"Phi-3", "Phi3", "Phi-3-mini"};
constexpr Model kMicrosoftModels[] = {{kCopilot}, {kPhi3}};
constexpr const char* kMicrosoft[] = {"微软", "Microsoft"};

constexpr const char* kAppleIntelligence[] = {"Apple Intelligence", "苹果智能"};
constexpr const char* kSiri[] = {"Siri"};
constexpr Model kAppleModels[] = {{kAppleIntelligence}, {kSiri}};
constexpr const char* kApple[] = {"苹果", "Apple"};

constexpr const char* kRirixin[] = {"日日新", "SenseNova"};
constexpr Model kSenseTimeModels[] = {{kRirixin}};
constexpr const char* kSenseTime[] = {"商汤", "商汤科技", "SenseTime"};

constexpr const char* kSpark[] = {"讯飞星火", "星火大模型"};
constexpr Model kIflytekModels[] = {{kSpark}};
constexpr const char* kIflytek[] = {"科大讯飞", "讯飞"};

constexpr const char* kYi[] = {"Yi-Large", "Yi-34B"};
constexpr Model kYiModels[] = {{kYi}};
constexpr const char* kYiCompany[] = {"零一万物", "01.AI"};

constexpr const char* kGrok[] = {"Grok", "Grok-2"};
constexpr Model kXaiModels[] = {{kGrok}};
constexpr const char* kXai[] = {"xAI", "马斯克的xAI"};

constexpr const char* kPangu[] = {"盘古大模型", "盘古"};
constexpr const char* kAscend[] = {"昇腾910B", "昇腾"};
constexpr Model kHuaweiModels[] = {{kPangu}, {kAscend}};
constexpr const char* kHuawei[] = {"华为", "Huawei"};

constexpr const char* kSd3[] = {"Stable Diffusion 3", "SD3"};
constexpr Model kStabilityModels[] = {{kSd3}};
constexpr const char* kStability[] = {"Stability AI"};

constexpr Company kCompanies[] = {
    {kGoogle, kGoogleModels, 10},     {kOpenAi, kOpenAiModels, 12},     {kAli, kAliModels, 9},
    {kZhipu, kZhipuModels, 6},        {kKuaishou, kKuaishouModels, 5},  {kBaidu, kBaiduModels, 7},
    {kTencent, kTencentModels, 7},    {kBytedance, kBytedanceModels, 7}, {kDeepSeek, kDeepSeekModels, 7},
    {kAnthropic, kAnthropicModels, 5}, {kMeta, kMetaModels, 5},          {kMistral, kMistralModels, 3},
    {kRunway, kRunwayModels, 2},      {kMoonshot, kMoonshotModels, 4},  {kMiniMax, kMiniMaxModels, 3},
    {kNvidia, kNvidiaModels, 6},      {kMicrosoft, kMicrosoftModels, 6}, {kApple, kAppleModels, 4},
    {kSenseTime, kSenseTimeModels, 2}, {kIflytek, kIflytekModels, 3},   {kYiCompany, kYiModels, 2},
    {kXai, kXaiModels, 2},            {kHuawei, kHuaweiModels, 4},      {kStability, kStabilityModels, 2},
};

// ---------------------------------------------------------------- headings

constexpr const char* kHeadlines[] = {
    "{C}发布{M}，{T}能力大幅提升",
    "{M}正式开源，参数规模达{B}",
    "{C}推出全新{M}，号称全面超越{M2}",
    "实测{M}：{T}到底表现如何？",
    "{C}与{O}联合发布{F}大模型",
    "{M}登顶{BENCH}榜单，{M2}紧随其后",
    "{C}宣布{M}降价{P}，大模型价格战再升级",
    "{CITY}推出AI千亿级发展计划，智算规模超{N}000P",
    "{C}高管：未来{N}年AI将彻底改变{F}",
    "{M}上线{PROD}，用户可免费体验",
    "{C}完成新一轮融资，估值突破{N}0亿美元",
    "{O}提出新方法，{T}效率提升{N}倍",
    "首个{F}领域多模态基准发布，{M}表现突出",
    "{C}的{M}在{F}场景落地，效果超出预期",
    "{M}对决{M2}：谁的{T}更强？",
    "{C}开放{M}接口，开发者可直接调用",
    "{C}回应{M}安全争议，称将加强内容审核",
    "{M}新版本支持{N}0万字上下文",
    "试了{C}的{M}，竟然有点领先",
    "{C}发布{F}行业解决方案，主打{T}",
    "大模型“幻觉”如何破解？{O}给出新思路",
    "{C}裁撤{F}团队，全力押注{T}",
    "{M}月活用户突破{N}000万",
    "{C}发布{Y}年财报，AI业务收入同比增长{P}",
    "{CITY}首个人工智能产业园开园，{C}等{N}家企业入驻",
    "{M}被曝将于下月发布，{T}是最大看点",
    "{O}学者祭出{N2}页报告，系统梳理{T}进展",
    "{C}推出端侧模型，手机上也能跑{M}",
    "国产视频大模型发布运动笔刷，网友：效果超{M2}",
    "{C}联合创始人离职，{M}团队迎来调整",
    "{C}与{C2}达成合作，{M}将接入{PROD}",
    "为什么你的手机用不上{M}？",
    "答案抽取正确率达{P}，{O}新工具揭穿大模型“作弊”",
    "{M}推理速度提升{N}倍，成本下降{P}",
    "{C}发布智能体平台，一句话生成{F}应用",
    "AI研究的主要推动力是什么？{C}科学家：算力成本下降",
    "{M}通过{F}资格考试，得分超过{P}的考生",
    "中国版Sora级视频大模型发布，打造视频原生超级应用",
    "{C}开源{B}参数模型，{BENCH}成绩逼近{M2}",
    "{C}加码算力投入，年内新增{N}万张GPU",
    "大模型推理成本一年下降{N}0倍，{C}率先降价",
    "{M}接入{F}系统，{CITY}试点正式启动",
    "{C}发布多模态模型{M}，看图说话更准确",
    "{O}联合{C}发布{F}数据集，规模达{N2}万条",
    "{C}的AI眼镜开售，内置{M}",
    "{M}编程能力评测：{BENCH}得分创新高",
    "{C}起诉{C2}侵犯商业秘密，涉及{T}",
    "{C}推出AI搜索，{M}驱动答案生成",
    "监管新规出台，{F}大模型须完成备案",
    "{C}发布语音模型，{T}延迟降至{N2}毫秒",
    "{M}长文本测试：{N}0万字小说一次读完",
    "{C}组建{T}实验室，{O}教授加盟",
    "开源社区热议{M}许可证变更",
    "{C}发布AI芯片，性能对标{M2}",
    "{M}写代码、做PPT、订机票，{C}智能体全面升级",
    "{CITY}发放{N}亿元算力券，支持中小企业用大模型",
    "{C}把{M}装进汽车座舱，{F}体验大变样",
    "{M}多语言能力评测：中文理解排名第{N}",
    "{C}发布图像生成模型，文字渲染不再出错",
    "{O}研究发现：{T}存在明显短板",
};

// ---------------------------------------------------------------- sentences

constexpr const char* kLeadSentences[] = {
    "{C}近日正式发布{M}，在{T}方面较上一代有明显提升。",
    "{C}宣布推出{M}，该模型参数规模达到{B}，并已在{BENCH}等多个基准上完成评测。",
    "据{C}官方介绍，{M}采用了全新的训练方法，{T}能力提升了{P}。",
    "{M}由{C}研发，主要面向{F}行业，支持{T}和多轮对话。",
    "{C}今日在{CITY}举办发布会，正式推出{M}，并同步上线{PROD}。",
    "{C}的{M}在外网火了，与{M2}同台竞技，表现亮眼。",
    "{C}表示，{M}已向全部用户开放，个人开发者每天可免费调用{N2}次。",
    "在最新一期{BENCH}榜单中，{C}的{M}以{P}的成绩位列第一。",
    "{C}发布公告称，{M}的调用价格下调{P}，输入每百万词元仅需{N}元。",
    "{C}研究团队在论文中披露了{M}的技术细节，重点介绍了{T}的实现方式。",
    "{C}和{O}合作推出{M}，旨在解决{F}场景中的长期难题。",
    "{M}此前只对企业客户开放，{C}本周宣布向普通用户全面开放。",
    "{C}创始人在{CITY}的活动上透露，{M}的下一个版本将重点强化{T}。",
    "继{M2}之后，{C}也推出了自己的{T}产品{M}。",
    "{C}旗下{M}本周迎来重大更新，新增{T}等{N}项功能。",
    "{C}公布的数据显示，{M}上线{N}个月以来，日均调用量已超过{N2}亿次。",
    "{C}在开发者大会上演示了{M}，现场完成了从需求描述到{F}应用上线的全过程。",
    "{M}是{C}今年发布的第{N}款大模型，主打低成本和高并发。",
    "{C}悄然上线{M}，开发者在{PROD}中发现了新的模型选项。",
    "{C}首席科学家接受采访时表示，{M}在{T}上的突破来自数据质量的提升。",
    "陕西、{CITY}等地相继出台政策，{C}的{M}成为首批落地的{F}大模型。",
    "{C}宣布{M}完成{F}领域备案，可以正式对外提供服务。",
    "有网友实测发现，{M}在{T}任务上的表现已经接近{M2}。",
    "{C}发布技术报告，详细介绍了{M}的训练数据、模型结构与对齐方法。",
};

constexpr const char* kEntitySentences[] = {
    "与{M2}相比，{M}在中文理解和{T}上更有优势，但在数学推理上仍有差距。",
    "{C2}随后也宣布了类似计划，业内人士认为，{C}与{C2}的竞争将进一步加剧。",
    "在蚂蚁爬行、拉力赛车等场景中，{M}生成视频质量高，细节处理优于{M2}。",
    "{M}对中国元素理解更佳，更适合国内用户使用。",
    "{C}表示，{M}将在未来{N}个月内接入旗下全部产品。",
    "分析人士指出，{C}此举意在抢占{F}市场，与{C2}正面竞争。",
    "目前{M}已在{PROD}上线，用户登录后即可体验。",
    "{C}还公布了{M}的价格，每百万词元输入{N}元、输出{N}元。",
    "{C2}的{M2}此前在同一榜单上排名第二。",
    "测试显示，{M}在{BENCH}上得分{P}，超过了{M2}。",
    "{C}同时开源了{M}的权重和推理代码，采用宽松许可证。",
    "{C}方面称，{M}的训练使用了{N}万张GPU，耗时约{N}周。",
    "据悉，{C}正在与{C2}洽谈{M}的海外分发合作。",
    "{M}支持{N}种语言，可在{F}场景中完成翻译与摘要。",
    "有开发者将{M}与{M2}放在一起对比，认为前者的回答更简洁。",
    "{C}称，{M}在内部评测中的幻觉率下降了{P}。",
    "值得注意的是，{M}在{T}方面仍不及{M2}。",
    "{C}的股价在消息公布后上涨了{P}。",
    "{C}计划在{CITY}建设新的数据中心，为{M}提供算力支撑。",
    "此前，{C2}刚刚发布了{M2}，两者发布时间仅相隔{N}天。",
    "{C}强调，{M}的所有训练数据都经过了严格的合规审查。",
    "不少企业用户表示，{M}的接入成本比{M2}低了{P}。",
    "{O}的研究人员评测了{M}与{M2}，结论是两者各有千秋。",
    "{C}的工程师在社交媒体上分享了{M}的使用技巧，引发大量讨论。",
    "凭借自身平台优势，{C}的{M}有潜力探索新的商业模式。",
    "Video-MME评测显示，{M}在视频理解和处理上占据主导地位，其性能超越了{M2}。",
};

constexpr const char* kGeneralSentences[] = {
    "业内人士认为，大模型推理成本的持续下降，将加速AI应用在各行各业的普及。",
    "然而，商业化问题依然是AI发展的瓶颈，大部分厂商难以找到稳定的盈利模式。",
    "高昂的训练成本和会员收费之间的差距，短期内仍难以弥合。",
    "方案聚焦算力供给、数据集成与大模型布局，以提升技术底座、培育主体、优化生态。",
    "专家提醒，使用生成式AI时仍需注意数据安全与隐私保护。",
    "多家机构预测，到明年全球AI算力需求将再增长一倍。",
    "该技术目前仍处于早期阶段，距离大规模商用还有一段距离。",
    "用户反馈显示，新版本在响应速度和稳定性上都有改善。",
    "这一进展被认为是通用人工智能道路上的重要一步。",
    "研究人员同时指出，现有评测基准难以全面反映模型的真实能力。",
    "随着多模态技术的成熟，文生视频正成为新的竞争焦点。",
    "开源模型与闭源模型之间的差距正在迅速缩小。",
    "大模型推理引擎的优化，让同样的硬件可以服务更多用户。",
    "不少中小企业开始尝试用大模型改造客服、营销和研发流程。",
    "报告认为，数据质量比数据规模更能决定模型的上限。",
    "端侧部署的需求日益增长，小参数模型迎来新的发展机会。",
    "监管部门表示，将出台更细化的生成式人工智能管理办法。",
    "智能体被普遍视为大模型落地的下一个主战场。",
    "算力、算法和数据被称为人工智能发展的三驾马车。",
    "具身智能和人形机器人是今年资本市场最关注的方向之一。",
    "长上下文能力让模型可以一次读完整本书或整个代码仓库。",
    "该方案通过组合式AI，即大模型加小模型加工具，解决复杂的业务需求。",
    "有观点认为，大模型行业的价格战最终会让用户受益。",
    "AI生成内容的版权归属问题仍存在较大争议。",
    "从技术路线看，混合专家架构正成为大模型的主流选择。",
    "评测显示，模型在代码生成任务上的通过率仍有较大提升空间。",
    "这一功能目前仅对付费用户开放，免费用户需要等待数周。",
    "业内普遍认为，明年将是AI应用爆发的一年。",
    "教育、医疗和金融被认为是大模型最先落地的三个行业。",
    "与此同时，国产GPU在训练大模型方面的能力也在快速提升。",
    "文章还对几款产品进行了详细对比，并分析了未来的发展趋势。",
    "分析认为，谁能率先跑通商业闭环，谁就能在下一轮竞争中胜出。",
    "在强化学习的帮助下，模型的推理能力有了质的飞跃。",
    "许多开发者表示，更低的价格让他们敢于在生产环境中使用大模型。",
    "数据标注行业也因大模型的发展迎来新的变化。",
    "有专家呼吁，应当建立统一的大模型安全评测标准。",
    "从用户增长来看，AI助手类应用的留存率仍有待提高。",
    "未来，算力基础设施的建设将进一步向中西部地区倾斜。",
    "大模型在科研领域的应用也越来越广泛，从蛋白质结构预测到材料发现都有涉及。",
    "这也意味着，大模型推理正在从云端走向终端设备。",
    "此外，团队还发布了配套的评测工具和数据集，方便社区复现。",
    "目前，相关代码已在开源社区公开，吸引了大量开发者参与。",
    "消息发布后，相关概念股集体走强。",
    "业内人士提醒，投资者应理性看待AI概念的短期炒作。",
    "新的训练方法大幅减少了对人工标注数据的依赖。",
    "视频生成模型的物理一致性仍是业界公认的难题。",
    "这套系统可以自动完成检索、总结、撰写和校对等一系列工作。",
    "该实验室过去一年共发表了{N}篇顶会论文。",
    "整个项目从立项到发布仅用了{N}个月时间。",
    "据统计，国内已有超过{N2}个大模型完成备案。",
    "相关负责人表示，将在{Y}年底前完成全部部署。",
    "调查显示，超过{P}的受访者每周至少使用一次AI工具。",
    "具体措施涉及强化算力、扩大数据供应、布局通用和行业大模型等。",
    "同时推动创新产品研发与成果转化，实现制造业全流程智能化升级。",
};

constexpr const char* kNearMisses[] = {
    "这一方案获得业界认可灵活的部署方式也降低了使用门槛。",
    "不少客户表示认可灵活计费的模式，续费率明显提高。",
    "旧系统配置不可灵活调整的问题依然没有解决。",
    "业内预计很快手机厂商也会跟进这一功能。",
    "官方建议用户尽快手动升级到最新版本。",
    "训练一次要消耗数百度电，能耗问题不容忽视。",
    "芯片的工作温度被严格控制在一百度以下。",
    "门店里的导购很快手把手教会了顾客使用新功能。",
};

constexpr const char* kSubjects[] = {
    "研究团队", "该公司", "业内专家", "不少开发者", "多家券商", "监管部门", "投资机构", "用户社区",
    "项目负责人", "产品经理", "技术博主", "第三方评测机构", "行业协会", "地方政府", "高校实验室",
    "头部厂商", "创业公司", "云服务商", "芯片厂商", "手机厂商", "汽车厂商", "内容平台", "电商平台",
    "开源社区", "海外媒体", "分析师", "企业客户", "教育机构", "医院", "律师事务所",
};

constexpr const char* kPredicates[] = {
    "正在积极布局", "重点关注", "率先尝试", "公开质疑", "高度评价", "大规模部署", "持续加码",
    "谨慎看待", "联合推动", "深入研究", "逐步开放", "全面升级", "重新评估", "集中发布",
    "首次披露", "加快推进", "悄然上线", "明确反对", "普遍看好", "紧急修复", "低调测试",
    "开始收费", "免费开放", "大幅调整", "正式启动", "暂停了", "成功验证了", "系统梳理了",
    "重新定义了", "开源了",
};

constexpr const char* kObjects[] = {
    "多模态大模型", "智能体平台", "代码助手", "视频生成工具", "语音交互系统", "检索增强生成方案",
    "端侧推理框架", "算力调度平台", "数据标注流程", "模型评测体系", "安全对齐方法", "长文本处理能力",
    "知识库问答", "AI搜索引擎", "图像编辑功能", "实时翻译服务", "数字人直播", "AI客服系统",
    "行业大模型", "训练加速方案", "推理加速芯片", "向量数据库", "提示词工程", "模型压缩技术",
    "强化学习框架", "合成数据方案", "具身智能平台", "自动驾驶大模型", "AI编程课程", "内容审核系统",
};

constexpr const char* kTails[] = {
    "，引发业内广泛关注。", "，预计年内完成落地。", "，效果超出预期。", "，但成本依然偏高。",
    "，目前仍处于内测阶段。", "，首批用户反馈积极。", "，市场反应平平。", "，相关细节尚未公布。",
    "，计划明年推向海外市场。", "，并承诺保护用户隐私。", "，同时降低了使用门槛。",
    "，这在一年前还难以想象。", "，竞争对手也在加紧跟进。", "，不过仍有不少争议。",
    "，为行业提供了可借鉴的经验。", "，部分功能需要付费解锁。", "，效率提升了一倍以上。",
    "，被认为是今年最重要的进展之一。", "，相关论文已被顶会接收。", "，开发者可以免费申请试用。",
    "。", "。", "。", "，并将持续迭代。", "，整体表现稳定。", "，还需要更多时间检验。",
    "，投入规模达到数十亿元。", "，覆盖全国{N}个城市。", "，服务超过{N2}家企业。", "，准确率达到{P}。",
};

// ---------------------------------------------------------------- fillers

constexpr const char* kFields[] = {
    "医疗", "金融", "教育", "自动驾驶", "电商", "制造业", "游戏", "法律", "政务", "农业",
    "能源", "物流", "零售", "传媒", "客服", "科研", "安防", "文旅", "保险", "证券",
};

constexpr const char* kTechniques[] = {
    "多模态理解", "长上下文", "代码生成", "视频生成", "语音合成", "检索增强生成", "推理能力",
    "智能体", "端侧部署", "混合专家架构", "强化学习", "图像生成", "数学推理", "工具调用",
    "指令遵循", "实时语音对话", "大模型推理", "知识问答",
};

constexpr const char* kInstitutions[] = {
    "清华大学", "北京大学", "斯坦福大学", "中国科学院", "MIT", "上海人工智能实验室", "北京智源研究院",
    "浙江大学", "香港科技大学", "马里兰大学", "卡内基梅隆大学", "复旦大学", "加州大学伯克利分校",
};

constexpr const char* kCities[] = {
    "北京", "上海", "深圳", "杭州", "广州", "成都", "西安", "武汉", "南京", "合肥", "旧金山", "新加坡",
};

constexpr const char* kBenchmarks[] = {
    "MMLU", "C-Eval", "SuperCLUE", "Chatbot Arena", "Video-MME", "HumanEval", "GSM8K", "SWE-bench",
    "OpenCompass", "CMMLU", "MATH", "GPQA",
};

constexpr const char* kProductForms[] = {
    "App", "网页版", "小程序", "浏览器插件", "桌面客户端", "开放平台", "企业版", "API平台",
};

constexpr const char* kIssueTags[] = {
    "AI", "AI资讯", "人工智能", "大模型", "AIGC", "多模态", "开源", "芯片", "智能体", "视频生成",
};

constexpr const char* kFooters[] = {
    "关注本公众号，我们共同学习进步👇🏻👇🏻👇🏻\n\n"
    "![微信公众号：老牛同学](https://static.example.com/WX-21.png)\n",

    "关注本公众号，我们共同学习进步👇🏻👇🏻👇🏻\n\n"
    "![微信公众号：老牛同学](https://static.example.com/WX-21.png)\n\n"
    "## 微信公众号：老牛同学\n\n"
    "### Qwen2-7B 开源大模型\n\n"
    "[Qwen2 阿里最强开源大模型（Qwen2-7B）本地部署、API调用和WebUI对话机器人](https://mp.example.com/s/u_Uw88dpQRgbtfI4)\n\n"
    "### Llama3-8B 开源大模型\n\n"
    "[玩转 AI，笔记本电脑安装属于自己的 Llama 3 8B 大模型和对话客户端](https://mp.example.com/s/MekCUJDhKzuUnoyk)\n\n"
    "### GLM-4-9B 开源大模型\n\n"
    "[本地部署GLM-4-9B清华智谱开源大模型方法和对话效果体验](https://mp.example.com/s/g7lDfnRRGdrHqN7W)\n\n"
    "---\n",

    "我的本博客原地址：[https://mp.example.com/s/XN2HhBJ4mA](https://mp.example.com/s/XN2HhBJ4mA)\n\n"
    "---\n",

    "欢迎关注本公众号，扫码加入读者群，每天一份AI资讯👇🏻\n\n"
    "![二维码](https://static.example.com/qrcode.jpg)\n",
};

constexpr const char* kLinkHosts[] = {
    "https://news.example.com/dy/article/", "https://tech.example.com/article/",
    "https://www.example.org/news/", "https://ai.example.net/p/",
};

constexpr const char* kLinkTexts[] = {"报道详情", "报道详情", "报道详情", "原文链接", "详情"};

}  // namespace

std::span<const Company> companies() { return kCompanies; }
std::span<const char* const> headlines() { return kHeadlines; }
std::span<const char* const> leadSentences() { return kLeadSentences; }
std::span<const char* const> entitySentences() { return kEntitySentences; }
std::span<const char* const> generalSentences() { return kGeneralSentences; }
std::span<const char* const> nearMisses() { return kNearMisses; }
std::span<const char* const> subjects() { return kSubjects; }
std::span<const char* const> predicates() { return kPredicates; }
std::span<const char* const> objects() { return kObjects; }
std::span<const char* const> tails() { return kTails; }
std::span<const char* const> fields() { return kFields; }
std::span<const char* const> techniques() { return kTechniques; }
std::span<const char* const> institutions() { return kInstitutions; }
std::span<const char* const> cities() { return kCities; }
std::span<const char* const> benchmarks() { return kBenchmarks; }
std::span<const char* const> productForms() { return kProductForms; }
std::span<const char* const> issueTags() { return kIssueTags; }
std::span<const char* const> footers() { return kFooters; }
std::span<const char* const> linkHosts() { return kLinkHosts; }
std::span<const char* const> linkTexts() { return kLinkTexts; }

}  // namespace digest::bench::phrases
